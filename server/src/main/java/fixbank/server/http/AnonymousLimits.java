package fixbank.server.http;

import fixbank.server.ratelimit.RateLimiter;
import fixbank.server.ratelimit.TooManyRequestsException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Limits anonymous searches, suggestions, completions and journey reports per client address, with one
 * allowance for them all, since the search page asks for results and completions as one person types. Staff
 * with a valid token are not limited, nor is the server's own warm-up ({@link WarmUpConnector}). Registered
 * after {@link Authentication}, which says who the caller is; with limits off, it registers nothing.
 */
final class AnonymousLimits implements RouteGroup {

    static final List<String> LIMITED_PATHS =
            List.of("/api/search", "/api/suggest", "/api/autocomplete", "/api/journeys/{journey}/sent");

    private final Optional<RateLimiter> limiter;
    private final ClientAddress clients;

    AnonymousLimits(Optional<RateLimiter> limiter, ClientAddress clients) {
        this.limiter = limiter;
        this.clients = clients;
    }

    @Override
    public void register(JavalinConfig config) {
        limiter.ifPresent(on -> LIMITED_PATHS.forEach(path -> config.routes.before(path, ctx -> limit(on, ctx))));
    }

    private void limit(RateLimiter on, Context ctx) {
        if (!Authentication.caller(ctx).isAnonymous() || WarmUpConnector.isWarmUp(ctx)) {
            return;
        }
        on.take(clients.of(ctx)).ifPresent(wait -> {
            throw new TooManyRequestsException("too many requests from this address", wait);
        });
    }
}
