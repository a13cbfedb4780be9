package fixbank.server.http;

import fixbank.server.article.ArticleService;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;

/** One article by id, {@code GET /api/articles/{id}}; the id contains slashes. */
final class ArticleRoutes implements RouteGroup {

    private final ArticleService articles;

    ArticleRoutes(ArticleService articles) {
        this.articles = articles;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/articles/<id>", this::article, Access.ANYONE);
    }

    private void article(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ctx.json(articles.find(id, Authentication.caller(ctx))
                .orElseThrow(() -> new NotFoundResponse("no article with id '" + shorten(id) + "'")));
    }

    private static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
