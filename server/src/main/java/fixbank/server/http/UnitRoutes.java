package fixbank.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.indexer.units.Unit;
import fixbank.server.units.UnitDirectory;
import fixbank.server.units.UnitsEditor;
import fixbank.server.validation.InvalidRequestException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ServiceUnavailableResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clinical units and their IT point people: {@code GET /api/units} for anyone, with the file's version as
 * ETag; {@code PUT /api/units} for admins, naming that version in {@code If-Match}.
 */
final class UnitRoutes implements RouteGroup {

    private final UnitDirectory units;
    private final Optional<UnitsEditor> editor;
    private final ObjectMapper json;

    UnitRoutes(UnitDirectory units, Optional<UnitsEditor> editor, ObjectMapper json) {
        this.units = units;
        this.editor = editor;
        this.json = json;
    }

    /** The answer: every unit with its point person. */
    record Units(List<Unit> units) {}

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/units", this::units, Access.ANYONE);
        config.routes.put("/api/units", this::replace, Access.ADMIN);
    }

    private void units(Context ctx) throws IOException {
        UnitDirectory.Listing listing = units.listing();
        ctx.header("ETag", IfMatch.tag(listing.version())).json(new Units(listing.units()));
    }

    private void replace(Context ctx) throws IOException {
        UnitsEditor service = editor.orElseThrow(() -> new ServiceUnavailableResponse(
                "editing units is turned off on this server: it needs the database that keeps the audit log"
                        + " (--record on)"));
        String version = IfMatch.of(ctx).orElseThrow(() -> IfMatch.required("GET /api/units"));
        List<Unit> replaced = read(JsonBody.read(json, ctx));
        ctx.header("ETag", IfMatch.tag(service.replace(replaced, version, Authentication.caller(ctx))));
        ctx.json(new Units(units.units()));
    }

    private static List<Unit> read(JsonNode body) {
        JsonNode list = body.get("units");
        if (list == null || !list.isArray()) {
            throw new InvalidRequestException(
                    "units", "units must be a list of {name, contact, phone, hours, escalation}");
        }
        List<Unit> read = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isObject()) {
                throw new InvalidRequestException("units", "each unit must be an object");
            }
            read.add(new Unit(
                    JsonBody.text(item, "name"),
                    JsonBody.text(item, "contact"),
                    JsonBody.text(item, "phone"),
                    JsonBody.text(item, "hours"),
                    JsonBody.text(item, "escalation")));
        }
        return read;
    }
}
