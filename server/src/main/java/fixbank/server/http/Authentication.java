package fixbank.server.http;

import fixbank.server.access.Caller;
import fixbank.server.access.TokenRegistry;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
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
 */
final class Authentication implements RouteGroup {

    private static final Logger LOG = LoggerFactory.getLogger(Authentication.class);
    private static final String CALLER = "fixbank.caller";
    private static final String BEARER = "Bearer ";

    private final TokenRegistry tokens;

    Authentication(TokenRegistry tokens) {
        this.tokens = tokens;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.before("/api/*", this::identify);
        config.routes.beforeMatched("/api/*", this::authorize);
    }

    private void identify(Context ctx) {
        String header = ctx.header("Authorization");
        Caller caller;
        if (header == null) {
            caller = Caller.ANONYMOUS;
        } else if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            caller = tokens.authenticate(header.substring(BEARER.length()).strip())
                    .orElseThrow(() -> new UnauthorizedResponse("the token is not valid"));
        } else {
            throw new UnauthorizedResponse("use 'Authorization: Bearer TOKEN'");
        }
        ctx.attribute(CALLER, caller);
    }

    private void authorize(Context ctx) {
        if (ctx.method() == HandlerType.HEAD) {
            // Javalin answers HEAD with the GET handler but without the GET route's declared access; rather
            // than guess it, the API does not offer HEAD.
            throw new MethodNotAllowedResponse("the API answers GET and POST, not HEAD");
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
        throw new ForbiddenResponse("your token does not allow this");
    }

    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        return caller == null ? Caller.ANONYMOUS : caller;
    }
}
