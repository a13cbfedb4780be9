package fixbank.server.http;

import fixbank.server.autocomplete.TitleCompleter;
import fixbank.server.search.SearchRequest;
import fixbank.server.search.SearchService;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;

/** {@code GET /api/search} and the search box's title completions, {@code GET /api/autocomplete}. */
final class SearchRoutes implements RouteGroup {

    private final SearchService search;
    private final TitleCompleter completer;

    SearchRoutes(SearchService search, TitleCompleter completer) {
        this.search = search;
        this.completer = completer;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/search", this::search, Access.ANYONE);
        config.routes.get("/api/autocomplete", this::autocomplete, Access.ANYONE);
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

    private void autocomplete(Context ctx) throws IOException {
        ctx.json(Map.of("completions", completer.complete(RequestParams.text(ctx, "q"), Authentication.caller(ctx))));
    }
}
