package fixbank.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Headers on every answer, pages, API, static files and errors alike, set before anything else runs so that
 * an answer cut short by an error carries them too:
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}: a browser takes JSON and scripts for what they are declared;
 *   <li>{@code Referrer-Policy: same-origin}: addresses hold what was searched for, which can be about a
 *       patient, and links in articles lead to other sites, which get no referrer at all; Fixbank's own pages
 *       keep it, since the article page's "Back to results" goes back to the search it came from;
 *   <li>{@code X-Frame-Options: SAMEORIGIN}: no other site frames the pages, as the pages' own
 *       {@code frame-ancestors 'self'} says to browsers that read the policy;
 *   <li>over HTTPS, {@code Strict-Transport-Security} for a year: a browser that reached the server once
 *       never again asks for it over plain HTTP, where a token would travel in clear. Subdomains are left to
 *       their own servers.
 * </ul>
 */
final class SecurityHeaders implements RouteGroup {

    static final Map<String, String> ALWAYS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "SAMEORIGIN");

    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Override
    public void register(JavalinConfig config) {
        config.routes.before(SecurityHeaders::set);
    }

    private static void set(Context ctx) {
        ALWAYS.forEach(ctx::header);
        if (ctx.req().isSecure()) {
            ctx.header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
