package fixbank.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;

/**
 * Lets pages on the configured origins (a ticketing system's form with the widget) call the API from the
 * browser. An allowed origin is named back in {@code Access-Control-Allow-Origin}; any other origin gets no
 * CORS headers, so its browser keeps the answer from the page, and its preflight is refused. Credentials are
 * never allowed across origins: the widget asks anonymously.
 */
final class CrossOrigin implements RouteGroup {

    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private final Set<String> allowedOrigins;

    CrossOrigin(List<String> allowedOrigins) {
        this.allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /** Register ahead of authentication, so that a 401 also reaches an allowed page readable. */
    @Override
    public void register(JavalinConfig config) {
        config.routes.before("/api/*", this::handle);
    }

    private void handle(Context ctx) {
        // Answers differ by origin, so caches must keep them apart.
        ctx.header("Vary", "Origin");
        String origin = ctx.header("Origin");
        boolean allowed = origin != null && allowedOrigins.contains(origin);
        if (allowed) {
            ctx.header(ALLOW_ORIGIN, origin);
        }
        if (ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null) {
            preflight(ctx, allowed);
        }
    }

    /** Answered here for every API path, so the API needs no OPTIONS routes of its own. */
    private static void preflight(Context ctx, boolean allowed) {
        if (allowed) {
            ctx.header("Access-Control-Allow-Methods", "GET, POST");
            ctx.header("Access-Control-Allow-Headers", "Content-Type");
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
        } else {
            ctx.status(403).json(ApiError.of("this origin may not call the API from its pages"));
        }
        ctx.skipRemainingHandlers();
    }
}
