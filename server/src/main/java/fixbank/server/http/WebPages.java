package fixbank.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The web pages: each of {@link SitePages} assembled once from the layout at its addresses, the not-found
 * page for browsers that ask for any other address, the scripts and styles of the fixbank-web jar at
 * {@code /}, and {@code GET /api/config}, the settings the pages read.
 */
final class WebPages implements RouteGroup {

    private static final String FILES = "/fixbank/web";

    /**
     * Pages load nothing from other addresses and run no inline script or style; article bodies may show
     * images from anywhere. The policy backs up the escaping of article HTML and snippets.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:;"
            + " object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

    /** With those of {@link SecurityHeaders}, which every answer carries. */
    private static final Map<String, String> PAGE_HEADERS =
            Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY, "Cache-Control", "no-cache");

    private final PageLayout layout = new PageLayout(SitePages.ALL);
    private final Optional<URI> ticketUrl;
    private final boolean recording;

    WebPages(Optional<URI> ticketUrl, boolean recording) {
        this.ticketUrl = ticketUrl;
        this.recording = recording;
    }

    /**
     * What the pages need to know of the configuration; {@code ticketUrl} is null when none is set, and
     * without {@code recording} they offer no feedback.
     */
    record PageConfig(String ticketUrl, boolean recording) {}

    @Override
    public void register(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = FILES;
            files.location = Location.CLASSPATH;
            files.headers = PAGE_HEADERS;
        });
        for (SitePage page : SitePages.ALL) {
            String html = layout.render(page);
            if (page.addresses().isEmpty()) {
                config.routes.error(404, "html", ctx -> notFoundPage(ctx, html));
            }
            for (String address : page.addresses()) {
                config.routes.get(address, ctx -> serve(ctx, html));
            }
        }
        config.routes.get(
                "/api/config",
                ctx -> ctx.json(new PageConfig(ticketUrl.map(URI::toString).orElse(null), recording)),
                Access.ANYONE);
    }

    private static void serve(Context ctx, String html) {
        PAGE_HEADERS.forEach(ctx::header);
        ctx.html(html);
    }

    /** API clients keep their JSON error; a browser that opens a wrong address gets a page. */
    private static void notFoundPage(Context ctx, String html) {
        if (!ctx.path().startsWith("/api/")) {
            serve(ctx, html);
        }
    }
}
