package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The web pages over HTTP; what they do in a browser is tested in fixbank.server.web. */
class WebPagesTest extends SharedTestServer {

    /** Written out rather than taken from the code, so that loosening the policy fails here. */
    private static final String POLICY = "default-src 'self'; img-src 'self' data: https:; object-src 'none';"
            + " base-uri 'none'; frame-ancestors 'self'";

    private static final List<String> PRELOADED = List.of("/js/api.js", "/js/dom.js", "/js/staff-token.js");

    private static final Pattern NAV =
            Pattern.compile("<nav class=\"site-nav\" aria-label=\"Main\">(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a [^>]*>[^<]*</a>");

    /** A page as a browser opens it, what it must be called, its own script, and its nav entry, if any. */
    private record ExpectedPage(String address, String title, Optional<String> script, Optional<String> current) {}

    private static final List<ExpectedPage> PAGES = List.of(
            new ExpectedPage("/", "Find a fix", Optional.of("/js/search-page.js"), Optional.of("/")),
            new ExpectedPage("/index.html", "Find a fix", Optional.of("/js/search-page.js"), Optional.of("/")),
            new ExpectedPage(
                    "/report.html", "Report a problem", Optional.of("/js/report-page.js"), Optional.of("/report.html")),
            new ExpectedPage(
                    "/articles/printing/printer-offline",
                    "Article",
                    Optional.of("/js/article-page.js"),
                    Optional.empty()),
            new ExpectedPage("/widget-example.html", "Widget example", Optional.empty(), Optional.empty()),
            new ExpectedPage("/no/such/page", "Page not found", Optional.empty(), Optional.empty()));

    private static String header(TestServer.Reply reply, String name) {
        return reply.raw().headers().firstValue(name).orElse("");
    }

    private static TestServer.Reply open(String address) {
        return server.getWithHeader(address, "Accept", "text/html");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static List<String> navLinks(String html) {
        Matcher nav = NAV.matcher(html);
        assertTrue(nav.find(), html);
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(nav.group(1));
        while (link.find()) {
            links.add(link.group());
        }
        return links;
    }

    @Test
    void everyKindOfResponseHasTheStrictContentPolicyExactly() {
        Map<String, TestServer.Reply> replies = new LinkedHashMap<>();
        replies.put("a layout page", open("/report.html"));
        replies.put("the article page", open("/articles/printing/printer-offline"));
        replies.put("the not-found page", open("/no/such/page"));
        replies.put("a page script", server.get("/js/search-page.js"));
        replies.put("the widget", server.get("/widget.js"));
        replies.put("the style sheet", server.get("/css/fixbank.css"));
        replies.forEach((kind, reply) -> {
            String policy = header(reply, "Content-Security-Policy");
            assertEquals(POLICY, policy, kind);
            List<String> sources = Arrays.stream(policy.split(";"))
                    .flatMap(directive ->
                            Arrays.stream(directive.strip().split("\\s+")).skip(1))
                    .toList();
            assertFalse(sources.contains("'unsafe-inline'"), kind + ": " + policy);
            assertFalse(sources.contains("'unsafe-eval'"), kind + ": " + policy);
            assertFalse(sources.contains("*"), kind + ": " + policy);
            assertEquals("nosniff", header(reply, "X-Content-Type-Options"), kind);
        });
    }

    @Test
    void everyPageIsTheOneLayoutWithItsTitleScriptAndNavEntry() {
        for (ExpectedPage expected : PAGES) {
            TestServer.Reply reply = open(expected.address());
            String html = reply.body();
            String page = expected.address() + ": ";
            assertTrue(header(reply, "Content-Type").startsWith("text/html"), page + header(reply, "Content-Type"));
            assertEquals(1, count(html, "<header class=\"site-header\">"), page + html);
            assertEquals(1, count(html, "<main id=\"main\""), page + html);
            assertEquals(1, count(html, "<title>"), page + html);
            assertTrue(html.contains("<title>" + expected.title() + " · Fixbank</title>"), page + html);
            assertEquals(1, count(html, "<link rel=\"stylesheet\" href=\"/css/fixbank.css\">"), page + html);
            for (String module : PRELOADED) {
                assertEquals(1, count(html, "<link rel=\"modulepreload\" href=\"" + module + "\">"), page + module);
            }
            assertTrue(html.contains("<script type=\"module\" src=\"/js/staff.js\"></script>"), page + html);
            expected.script()
                    .ifPresent(script -> assertTrue(
                            html.contains("<script type=\"module\" src=\"" + script + "\"></script>"), page + html));

            List<String> links = navLinks(html);
            assertEquals(
                    expected.current()
                            .map(address -> List.of("href=\"" + address + "\""))
                            .orElse(List.of()),
                    links.stream()
                            .filter(link -> link.contains("aria-current=\"page\""))
                            .map(link -> link.substring(
                                    link.indexOf("href=\""), link.indexOf('"', link.indexOf("href=\"") + 6) + 1))
                            .toList(),
                    page + "the current page is marked in " + links);
            assertTrue(
                    links.stream()
                            .filter(link -> link.contains("data-role="))
                            .allMatch(link -> link.contains(" hidden")),
                    page + "entries for a role are hidden until the page knows the caller: " + links);
        }
    }

    @Test
    void pagesRunNoInlineScriptOrStyle() {
        Pattern inline = Pattern.compile("<script(?![^>]*\\ssrc=)|<style|\\sstyle=|\\son[a-z]+=");
        for (ExpectedPage expected : PAGES) {
            String html = open(expected.address()).body();
            Matcher found = inline.matcher(html);
            if (found.find()) {
                fail(expected.address() + " has inline code: "
                        + html.substring(found.start(), Math.min(html.length(), found.start() + 80)));
            }
        }
    }

    @Test
    void theLayoutAndFragmentsAreNotServedAsFiles() {
        for (String address : List.of("/layout.html", "/search.html", "/pages/layout.html", "/article.html")) {
            TestServer.Reply reply = open(address);
            assertEquals(404, reply.status(), address);
            assertTrue(reply.body().contains("<h1>Page not found</h1>"), address);
        }
    }

    @Test
    void scriptsAndStylesHaveTheirTypes() {
        assertTrue(header(server.get("/widget.js"), "Content-Type").startsWith("text/javascript"));
        assertTrue(header(server.get("/js/search-page.js"), "Content-Type").startsWith("text/javascript"));
        assertTrue(header(server.get("/css/fixbank.css"), "Content-Type").startsWith("text/css"));
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
        TestServer.Reply page = open("/no/such/page");
        assertEquals(404, page.status());
        assertTrue(page.body().contains("<h1>Page not found</h1>"), page.body());
        TestServer.Reply api = open("/api/no-such-endpoint");
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
