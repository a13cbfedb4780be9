package fixbank.server.http;

import fixbank.server.access.Caller;
import fixbank.server.access.Role;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /api/me}: who the server takes the caller to be, so the web pages show staff mode because the
 * server accepted the token, not because one is stored. A wrong token is a 401 here as everywhere.
 */
final class CallerRoutes implements RouteGroup {

    /** The caller as the pages see it; {@code name} is null and {@code roles} empty when anonymous. */
    record Me(boolean signedIn, String name, List<String> roles) {}

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/me", CallerRoutes::me, Access.ANYONE);
    }

    private static void me(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        ctx.json(new Me(
                !caller.isAnonymous(),
                caller.isAnonymous() ? null : caller.name(),
                caller.roles().stream().sorted().map(Role::key).toList()));
    }
}
