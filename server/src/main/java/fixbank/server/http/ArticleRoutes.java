package fixbank.server.http;

import fixbank.server.article.ArticleService;
import fixbank.server.article.ArticleView;
import fixbank.server.recording.ClientId;
import fixbank.server.recording.Recording;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * One article by id, {@code GET /api/articles/{id}}; the id contains slashes. Opened from a draft ticket's
 * known fixes ({@code journey}) or a search's results ({@code search}), the opening is recorded.
 */
final class ArticleRoutes implements RouteGroup {

    private final ArticleService articles;
    private final Recording recording;

    ArticleRoutes(ArticleService articles, Recording recording) {
        this.articles = articles;
        this.recording = recording;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/articles/<id>", this::article, Access.ANYONE);
    }

    private void article(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Optional<ClientId> journey = RequestParams.clientId(ctx, "journey");
        Optional<ClientId> search = RequestParams.clientId(ctx, "search");
        ArticleView article = articles.find(id, Authentication.caller(ctx))
                .orElseThrow(() -> new NotFoundResponse("no article with id '" + shorten(id) + "'"));
        recording.opened(journey, search, article.id(), article.version());
        ctx.json(article);
    }

    static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
