package fixbank.server.http;

import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Headers on every answer, set by Jetty before any other handler, so that pages, API, static files, errors,
 * the HTTPS redirect and the errors Jetty answers itself all carry them:
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
 * It must be the outermost handler: inserted last, after the HTTPS redirect's.
 */
final class SecurityHeaders extends Handler.Wrapper {

    static final Map<String, String> ALWAYS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "SAMEORIGIN");

    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        ALWAYS.forEach(headers::put);
        if (request.isSecure()) {
            headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        return super.handle(request, response, callback);
    }
}
