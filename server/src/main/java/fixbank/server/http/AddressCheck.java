package fixbank.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * Refuses an address whose {@code %} escapes are malformed ({@code /api/articles/%u002e%u002e/}) with a 400
 * before any route sees it: Javalin decodes path parameters while it picks the route, and a bad escape
 * there would otherwise end as a 500.
 */
final class AddressCheck implements RouteGroup {

    /** A {@code %} not followed by two hexadecimal digits. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    @Override
    public void register(JavalinConfig config) {
        config.routes.before(AddressCheck::check);
    }

    private static void check(Context ctx) {
        if (BAD_ESCAPE.matcher(ctx.path()).find()) {
            throw new BadRequestResponse("the address has a malformed % escape: use %XX with two hexadecimal digits");
        }
    }
}
