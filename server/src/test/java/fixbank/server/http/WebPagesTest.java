package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The web pages over HTTP; what they do in a browser is tested in fixbank.server.web. */
class WebPagesTest extends SharedTestServer {

    private static String header(TestServer.Reply reply, String name) {
        return reply.raw().headers().firstValue(name).orElse("");
    }

    @Test
    void searchPageIsServedAtTheRootWithAStrictContentPolicy() {
        TestServer.Reply reply = server.get("/");
        assertEquals(200, reply.status());
        assertTrue(header(reply, "Content-Type").startsWith("text/html"));
        assertTrue(reply.body().contains("<title>Find a fix · Fixbank</title>"));
        assertTrue(header(reply, "Content-Security-Policy").startsWith("default-src 'self'"));
        assertEquals("nosniff", header(reply, "X-Content-Type-Options"));
    }

    @Test
    void everyArticleAddressServesTheArticlePage() {
        TestServer.Reply reply = server.get("/articles/printing/printer-offline");
        assertEquals(200, reply.status());
        assertTrue(reply.body().contains("/js/article-page.js"), reply.body());
        assertTrue(header(reply, "Content-Security-Policy").startsWith("default-src 'self'"));
    }

    @Test
    void scriptsAndStylesHaveTheirTypes() {
        assertTrue(header(server.get("/widget.js"), "Content-Type").startsWith("text/javascript"));
        assertTrue(header(server.get("/js/search-page.js"), "Content-Type").startsWith("text/javascript"));
        assertTrue(header(server.get("/css/fixbank.css"), "Content-Type").startsWith("text/css"));
        assertEquals(200, server.get("/report.html").status());
        assertEquals(200, server.get("/widget-example.html").status());
    }

    @Test
    void pagesReadWhetherATicketAddressIsSet() {
        TestServer.Reply reply = server.get("/api/config");
        assertEquals(200, reply.status());
        assertTrue(reply.json().has("ticketUrl"));
        assertTrue(reply.json().get("ticketUrl").isNull());
    }

    @Test
    void browsersGetANotFoundPageAndApiClientsJson() {
        TestServer.Reply page = server.getWithHeader("/no/such/page", "Accept", "text/html");
        assertEquals(404, page.status());
        assertTrue(page.body().contains("<h1>Page not found</h1>"), page.body());
        TestServer.Reply api = server.getWithHeader("/api/no-such-endpoint", "Accept", "text/html");
        assertEquals(404, api.status());
        assertTrue(api.json().has("error"));
    }

    @Test
    void withoutAnAllowListNoOriginIsNamedBack() {
        TestServer.Reply reply = server.getWithHeader("/api/search?q=printer", "Origin", "https://tickets.example.org");
        assertEquals(200, reply.status());
        assertEquals(Optional.empty(), reply.raw().headers().firstValue("Access-Control-Allow-Origin"));
    }
}
