package fixbank.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.server.access.AccessDeniedException;
import fixbank.server.article.ArticleService;
import fixbank.server.autocomplete.TitleCompleter;
import fixbank.server.index.LiveIndex;
import fixbank.server.search.SearchRequest;
import fixbank.server.search.SearchService;
import fixbank.server.suggest.SuggestRequest;
import fixbank.server.suggest.SuggestService;
import fixbank.server.validation.InvalidRequestException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every endpoint of the API, each a few lines: read and check the request, call the core, return JSON.
 * Errors all leave as {@link ApiError}; anything unexpected is logged and answered with a plain 500.
 */
final class Routes {

    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

    private final SearchService search;
    private final SuggestService suggest;
    private final ArticleService articles;
    private final TitleCompleter completer;
    private final LiveIndex index;
    private final Authentication authentication;
    private final ObjectMapper json;

    Routes(
            SearchService search,
            SuggestService suggest,
            ArticleService articles,
            TitleCompleter completer,
            LiveIndex index,
            Authentication authentication,
            ObjectMapper json) {
        this.search = search;
        this.suggest = suggest;
        this.articles = articles;
        this.completer = completer;
        this.index = index;
        this.authentication = authentication;
        this.json = json;
    }

    void register(JavalinConfig config) {
        config.routes.before("/api/*", authentication::identify);
        config.routes.get("/api/search", this::search);
        config.routes.get("/api/suggest", this::suggestGet);
        config.routes.post("/api/suggest", this::suggestPost);
        config.routes.get("/api/articles/<id>", this::article);
        config.routes.get("/api/autocomplete", this::autocomplete);
        config.routes.get("/api/health", this::health);
        config.routes.get(
                "/api/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApiDocument.json()));

        config.routes.exception(
                InvalidRequestException.class,
                (e, ctx) -> ctx.status(400).json(new ApiError(e.getMessage(), e.field())));
        config.routes.exception(
                AccessDeniedException.class, (e, ctx) -> ctx.status(403).json(ApiError.of(e.getMessage())));
        config.routes.exception(
                HttpResponseException.class,
                (e, ctx) -> ctx.status(e.getStatus()).json(ApiError.of(e.getMessage())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(ApiError.of("internal error; the server log has the details"));
        });
    }

    private void search(Context ctx) throws IOException {
        SearchRequest request = new SearchRequest(
                RequestParams.text(ctx, "q"),
                RequestParams.number(ctx, "page", 1),
                RequestParams.number(ctx, "size", SearchRequest.DEFAULT_SIZE),
                RequestParams.list(ctx, "tags"),
                RequestParams.list(ctx, "systems"),
                RequestParams.statuses(ctx));
        ctx.json(search.search(request, Authentication.caller(ctx)));
    }

    private void suggestGet(Context ctx) throws IOException {
        SuggestRequest request = new SuggestRequest(
                RequestParams.text(ctx, "q"), "", RequestParams.number(ctx, "limit", SuggestRequest.DEFAULT_LIMIT));
        ctx.json(suggest.suggest(request, Authentication.caller(ctx)));
    }

    private void suggestPost(Context ctx) throws IOException {
        JsonNode body = JsonBody.read(json, ctx);
        SuggestRequest request = new SuggestRequest(
                JsonBody.text(body, "title"),
                JsonBody.text(body, "description"),
                JsonBody.number(body, "limit", SuggestRequest.DEFAULT_LIMIT));
        ctx.json(suggest.suggest(request, Authentication.caller(ctx)));
    }

    private void article(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ctx.json(articles.find(id, Authentication.caller(ctx))
                .orElseThrow(() -> new NotFoundResponse("no article with id '" + shorten(id) + "'")));
    }

    private void autocomplete(Context ctx) throws IOException {
        ctx.json(Map.of("completions", completer.complete(RequestParams.text(ctx, "q"), Authentication.caller(ctx))));
    }

    private void health(Context ctx) throws IOException {
        ctx.json(Map.of(
                "status", "ok",
                "articles", articles.count(Authentication.caller(ctx)),
                "generation", index.generation()));
    }

    private static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
