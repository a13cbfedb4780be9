package fixbank.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.server.access.Caller;
import fixbank.server.recording.ClientId;
import fixbank.server.recording.Recording;
import fixbank.server.suggest.SuggestRequest;
import fixbank.server.suggest.SuggestResult;
import fixbank.server.suggest.SuggestService;
import fixbank.server.units.UnitName;
import fixbank.server.validation.InvalidRequestException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Known fixes for a draft ticket: {@code POST /api/suggest} with a JSON body, {@code GET} for simple clients.
 * A caller that names its draft ticket ({@code journey}) has the fixes shown recorded, for the insights page;
 * one that names its {@code unit} gets that unit's articles first among close matches.
 */
final class SuggestRoutes implements RouteGroup {

    /** Where a draft ticket is typed, as the caller says; ticketing systems are {@code api}. */
    private static final Set<String> SOURCES = Set.of("report", "widget", "api");

    private final SuggestService suggest;
    private final ObjectMapper json;
    private final Recording recording;

    SuggestRoutes(SuggestService suggest, ObjectMapper json, Recording recording) {
        this.suggest = suggest;
        this.json = json;
        this.recording = recording;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/suggest", this::suggestGet, Access.ANYONE);
        config.routes.post("/api/suggest", this::suggestPost, Access.ANYONE);
    }

    private void suggestGet(Context ctx) throws IOException {
        SuggestRequest request = new SuggestRequest(
                RequestParams.text(ctx, "q"),
                "",
                RequestParams.number(ctx, "limit", SuggestRequest.DEFAULT_LIMIT),
                RequestParams.flag(ctx, "explain"),
                UnitName.parse(ctx.queryParam("unit")));
        answer(ctx, request, RequestParams.clientId(ctx, "journey"), source(RequestParams.text(ctx, "source")));
    }

    private void suggestPost(Context ctx) throws IOException {
        JsonNode body = JsonBody.read(json, ctx);
        SuggestRequest request = new SuggestRequest(
                JsonBody.text(body, "title"),
                JsonBody.text(body, "description"),
                JsonBody.number(body, "limit", SuggestRequest.DEFAULT_LIMIT),
                JsonBody.flag(body, "explain") || RequestParams.flag(ctx, "explain"),
                UnitName.parse(JsonBody.text(body, "unit")));
        answer(ctx, request, JsonBody.clientId(body, "journey"), source(JsonBody.text(body, "source")));
    }

    /** Finds the known fixes and, for a caller that names its draft ticket, records which were shown. */
    private void answer(Context ctx, SuggestRequest request, Optional<ClientId> journey, String source)
            throws IOException {
        Caller caller = Authentication.caller(ctx);
        SuggestResult result = suggest.suggest(request, caller);
        recording.suggestionsShown(journey, source, caller, request, result);
        ctx.json(result);
    }

    private static String source(String given) {
        if (given.isEmpty()) {
            return "api";
        }
        if (!SOURCES.contains(given)) {
            throw new InvalidRequestException("source", "source must be report, widget or api");
        }
        return given;
    }
}
