package fixbank.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The web pages, from the fixbank-web jar: its files at {@code /}, the article page at every
 * {@code /articles/<id>} (the address article links point at), a not-found page for browsers that ask for
 * any other address, and {@code GET /api/config}, the settings the pages read.
 */
final class WebPages implements RouteGroup {

    static final String RESOURCES = "/fixbank/web";

    /**
     * Pages load nothing from other addresses; article bodies may show images from anywhere. The policy
     * backs up the escaping of article HTML and snippets.
     */
    private static final Map<String, String> PAGE_HEADERS = Map.of(
            "Content-Security-Policy",
                    "default-src 'self'; img-src 'self' data: https:; object-src 'none';"
                            + " base-uri 'none'; frame-ancestors 'self'",
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-cache");

    private static final String ARTICLE_PAGE = resource("article.html");
    private static final String NOT_FOUND_PAGE = resource("not-found.html");

    private final Optional<URI> ticketUrl;

    WebPages(Optional<URI> ticketUrl) {
        this.ticketUrl = ticketUrl;
    }

    /** What the pages need to know of the configuration; {@code ticketUrl} is null when none is set. */
    record PageConfig(String ticketUrl) {}

    @Override
    public void register(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = RESOURCES;
            files.location = Location.CLASSPATH;
            files.headers = PAGE_HEADERS;
        });
        config.routes.get("/articles/<id>", this::articlePage);
        config.routes.error(404, "html", this::notFoundPage);
        config.routes.get(
                "/api/config",
                ctx -> ctx.json(new PageConfig(ticketUrl.map(URI::toString).orElse(null))),
                Access.ANYONE);
    }

    private void articlePage(Context ctx) {
        PAGE_HEADERS.forEach(ctx::header);
        ctx.html(ARTICLE_PAGE);
    }

    /** API clients keep their JSON error; a browser that opens a wrong address gets a page. */
    private void notFoundPage(Context ctx) {
        if (!ctx.path().startsWith("/api/")) {
            PAGE_HEADERS.forEach(ctx::header);
            ctx.html(NOT_FOUND_PAGE);
        }
    }

    private static String resource(String name) {
        try (InputStream in = WebPages.class.getResourceAsStream(RESOURCES + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the web jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
