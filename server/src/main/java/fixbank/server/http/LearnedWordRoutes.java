package fixbank.server.http;

import fixbank.server.article.ArticleService;
import fixbank.server.audit.AuditLog;
import fixbank.server.learning.LearnedWord;
import fixbank.server.learning.LearnedWords;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.ServiceUnavailableResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What an article learned from the tickets it solved, for its owner to review: {@code GET /api/learned/{id}}
 * lists the words, {@code DELETE /api/learned/{id}} forgets them all, which the audit log keeps.
 * Staff read; forgetting changes what everyone's tickets find, so it takes an editor.
 */
final class LearnedWordRoutes implements RouteGroup {

    private final Optional<LearnedWords> learned;
    private final ArticleService articles;
    private final Optional<AuditLog> audit;

    LearnedWordRoutes(Optional<LearnedWords> learned, ArticleService articles, Optional<AuditLog> audit) {
        this.learned = learned;
        this.articles = articles;
        this.audit = audit;
    }

    /** The words learned for one article, strongest first. */
    record Learned(String articleId, List<LearnedWord> words) {}

    /** How many taught words were forgotten. */
    record Cleared(String articleId, int cleared) {}

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/learned/<id>", this::words, Access.STAFF);
        config.routes.delete("/api/learned/<id>", this::clear, Access.EDITOR);
    }

    private LearnedWords service() {
        return learned.orElseThrow(() -> new ServiceUnavailableResponse(
                "learning from feedback is turned off on this server (--learn off or --record off)"));
    }

    private void words(Context ctx) throws IOException {
        LearnedWords service = service();
        String id = ctx.pathParam("id");
        if (articles.facts(id, Authentication.caller(ctx)).isEmpty()) {
            throw new NotFoundResponse("no article with id '" + ArticleRoutes.shorten(id) + "'");
        }
        ctx.json(new Learned(id, service.words(id)));
    }

    /** Also for an article since deleted, whose words would otherwise wait for the retention to end. */
    private void clear(Context ctx) {
        String id = ctx.pathParam("id");
        int cleared = service().clear(id);
        audit.ifPresent(log ->
                log.record(Authentication.caller(ctx).name(), "clear-learned", id, null, cleared + " taught words"));
        ctx.json(new Cleared(id, cleared));
    }
}
