package fixbank.server.http;

import fixbank.server.access.Caller;
import fixbank.server.autocomplete.TitleCompleter;
import fixbank.server.recording.ClientId;
import fixbank.server.recording.Recording;
import fixbank.server.search.SearchRequest;
import fixbank.server.search.SearchResult;
import fixbank.server.search.SearchService;
import fixbank.server.units.UnitName;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/search} and the search box's title completions, {@code GET /api/autocomplete}. A search
 * named by the caller ({@code search}, one id per burst of typing) is recorded with its number of results.
 */
final class SearchRoutes implements RouteGroup {

    private final SearchService search;
    private final TitleCompleter completer;
    private final Recording recording;

    SearchRoutes(SearchService search, TitleCompleter completer, Recording recording) {
        this.search = search;
        this.completer = completer;
        this.recording = recording;
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
                UnitName.parse(ctx.queryParam("unit")),
                RequestParams.statuses(ctx),
                RequestParams.flag(ctx, "explain"));
        Optional<ClientId> searchId = RequestParams.clientId(ctx, "search");
        Caller caller = Authentication.caller(ctx);
        SearchResult result = search.search(request, caller);
        recording.searched(searchId, caller, request.query(), result.total());
        ctx.json(result);
    }

    private void autocomplete(Context ctx) throws IOException {
        ctx.json(Map.of("completions", completer.complete(RequestParams.text(ctx, "q"), Authentication.caller(ctx))));
    }
}
