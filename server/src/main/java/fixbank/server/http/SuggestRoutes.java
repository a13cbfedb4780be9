package fixbank.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.server.suggest.SuggestRequest;
import fixbank.server.suggest.SuggestService;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;

/** Known fixes for a draft ticket: {@code POST /api/suggest} with a JSON body, {@code GET} for simple clients. */
final class SuggestRoutes implements RouteGroup {

    private final SuggestService suggest;
    private final ObjectMapper json;

    SuggestRoutes(SuggestService suggest, ObjectMapper json) {
        this.suggest = suggest;
        this.json = json;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/suggest", this::suggestGet, Access.ANYONE);
        config.routes.post("/api/suggest", this::suggestPost, Access.ANYONE);
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
}
