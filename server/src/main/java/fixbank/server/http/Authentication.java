package fixbank.server.http;

import fixbank.server.access.Caller;
import fixbank.server.access.TokenRegistry;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;

/**
 * Works out who is calling: no {@code Authorization} header means anonymous; {@code Bearer TOKEN} with a
 * known token means staff; anything else is refused with 401 rather than quietly treated as anonymous, so a
 * mistyped token is noticed. The token itself is never logged or echoed.
 */
final class Authentication {

    private static final String CALLER = "fixbank.caller";
    private static final String BEARER = "Bearer ";

    private final TokenRegistry tokens;

    Authentication(TokenRegistry tokens) {
        this.tokens = tokens;
    }

    void identify(Context ctx) {
        String header = ctx.header("Authorization");
        Caller caller;
        if (header == null || header.isBlank()) {
            caller = Caller.ANONYMOUS;
        } else if (header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            caller = tokens.authenticate(header.substring(BEARER.length()).strip())
                    .orElseThrow(() -> new UnauthorizedResponse("the token is not valid"));
        } else {
            throw new UnauthorizedResponse("use 'Authorization: Bearer TOKEN'");
        }
        ctx.attribute(CALLER, caller);
    }

    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        return caller == null ? Caller.ANONYMOUS : caller;
    }
}
