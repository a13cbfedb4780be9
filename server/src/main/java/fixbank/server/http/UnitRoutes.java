package fixbank.server.http;

import fixbank.indexer.units.Unit;
import fixbank.server.units.UnitDirectory;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/** The clinical units and their IT point people, for anyone: {@code GET /api/units}. */
final class UnitRoutes implements RouteGroup {

    private final UnitDirectory units;

    UnitRoutes(UnitDirectory units) {
        this.units = units;
    }

    /** The answer: every unit with its point person. */
    record Units(List<Unit> units) {}

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/units", this::units, Access.ANYONE);
    }

    private void units(Context ctx) throws IOException {
        ctx.json(new Units(units.units()));
    }
}
