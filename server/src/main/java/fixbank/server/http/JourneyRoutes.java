package fixbank.server.http;

import fixbank.server.recording.ClientId;
import fixbank.server.recording.Recording;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * {@code POST /api/journeys/{journey}/sent}: the draft ticket was sent to the service desk after all. The report
 * page and the widget say so; a ticketing system that names its journeys can too. Recorded like searches,
 * without waiting for the database, so it answers 204 at once (also when recording is off).
 */
final class JourneyRoutes implements RouteGroup {

    private final Recording recording;

    JourneyRoutes(Recording recording) {
        this.recording = recording;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/api/journeys/{journey}/sent", this::sent, Access.ANYONE);
    }

    private void sent(Context ctx) {
        ClientId journey = ClientId.parse(ctx.pathParam("journey"), "journey").orElseThrow();
        recording.ticketSent(journey);
        ctx.status(204);
    }
}
