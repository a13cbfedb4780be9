package fixbank.server.http;

import fixbank.server.access.Caller;
import fixbank.server.access.Role;
import fixbank.server.access.TokenRegistry;
import fixbank.server.ratelimit.RateLimiter;
import fixbank.server.ratelimit.TooManyRequestsException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.net.InetAddress;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out who is calling, then whether they may call the endpoint. No {@code Authorization} header means
 * anonymous; {@code Bearer TOKEN} with a known token means the caller the token stands for; anything else,
 * an empty or blank header too, is refused with 401 rather than quietly treated as anonymous, so a mistyped
 * token is noticed. An endpoint's
 * {@link Access} decides the rest: a missing role is 401 for anonymous callers (they should sign in) and 403
 * for signed-in ones. The token itself is never logged or echoed.
 *
 * <p>Each refused header is logged with the client's address and the time, never with the token or any part
 * of it. When limits are on, a client address that sent too many refused headers gets 429 for any further
 * header, the right token too, until its allowance comes back, so tokens cannot be guessed at speed; callers
 * without a header are not affected.
 */
final class Authentication implements RouteGroup {

    private static final Logger LOG = LoggerFactory.getLogger(Authentication.class);
    private static final String CALLER = "fixbank.caller";
    private static final String BEARER = "Bearer ";

    private final TokenRegistry tokens;
    private final ClientAddress clients;
    private final Optional<RateLimiter> failedSignIns;

    Authentication(TokenRegistry tokens, ClientAddress clients, Optional<RateLimiter> failedSignIns) {
        this.tokens = tokens;
        this.clients = clients;
        this.failedSignIns = failedSignIns;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.before("/api/*", this::identify);
        config.routes.beforeMatched("/api/*", this::authorize);
    }

    private void identify(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            ctx.attribute(CALLER, Caller.ANONYMOUS);
            return;
        }
        InetAddress client = clients.of(ctx);
        failedSignIns.flatMap(limit -> limit.waitFor(client)).ifPresent(wait -> {
            throw new TooManyRequestsException("too many wrong staff tokens from this address", wait);
        });
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw refused(client, "use 'Authorization: Bearer TOKEN'");
        }
        Caller caller = tokens.authenticate(header.substring(BEARER.length()).strip())
                .orElseThrow(() -> refused(client, "the token is not valid"));
        ctx.attribute(CALLER, caller);
    }

    /** Logs and counts a refused header; {@code reason} never holds any of the header. */
    private UnauthorizedResponse refused(InetAddress client, String reason) {
        LOG.warn("Failed sign-in from {} at {}: {}", client.getHostAddress(), Instant.now(), reason);
        failedSignIns.ifPresent(limit -> limit.take(client));
        return new UnauthorizedResponse(reason);
    }

    private void authorize(Context ctx) {
        if (ctx.method() == HandlerType.HEAD) {
            // Javalin answers HEAD with the GET handler but without the GET route's declared access; rather
            // than guess it, the API does not offer HEAD.
            throw new MethodNotAllowedResponse("the API answers GET, POST, PUT and DELETE, not HEAD");
        }
        Set<RouteRole> declared = ctx.routeRoles();
        if (declared.contains(Access.ANYONE)) {
            return;
        }
        if (declared.isEmpty()) {
            LOG.error("{} {} declares no access; refusing it", ctx.method(), ctx.endpoint().path);
            throw new ForbiddenResponse("this endpoint is not available");
        }
        Caller caller = caller(ctx);
        boolean allowed = declared.stream()
                .map(role -> ((Access) role).role())
                .anyMatch(role -> role.isPresent() && caller.has(role.get()));
        if (allowed) {
            return;
        }
        if (caller.isAnonymous()) {
            throw new UnauthorizedResponse("this is for IT staff: sign in with a staff token");
        }
        String needed = declared.stream()
                .map(role -> ((Access) role).role())
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder())
                .map(Role::key)
                .orElse("another");
        throw new ForbiddenResponse("this needs the " + needed + " role, which your token does not have");
    }

    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        return caller == null ? Caller.ANONYMOUS : caller;
    }
}
