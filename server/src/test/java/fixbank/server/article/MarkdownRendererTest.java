package fixbank.server.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The article renderer against Markdown written to attack the page, one attack per test, and against ordinary
 * Markdown that must come through unharmed. Each attack is checked on the parsed output, as a browser would
 * read it, not by searching the HTML text.
 */
class MarkdownRendererTest {

    private static final String ARTICLE_ID = "printing/a";

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Document render(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(ARTICLE_ID, markdown));
    }

    /** The one link in the output has lost its address but kept its text. */
    private static void assertLinkHasNoAddress(Document html) {
        Element link = html.selectFirst("a");
        assertNotNull(link, html.body().html());
        assertFalse(link.hasAttr("href"), link.outerHtml());
        assertEquals("a", link.text());
    }

    private static void assertNoElements(Document html, String cssQuery) {
        assertTrue(html.select(cssQuery).isEmpty(), html.body().html());
    }

    @Test
    void scriptInALinkTitleStaysInsideTheTitle() {
        Document html = render("[a](http://x \"\\\"><script>alert(1)</script>\")");
        assertNoElements(html, "script");
        Element link = html.selectFirst("a");
        assertEquals("http://x", link.attr("href"));
        assertEquals("\"><script>alert(1)</script>", link.attr("title"));
    }

    @Test
    void javascriptInAReferenceLinkIsDropped() {
        assertLinkHasNoAddress(render("[a][r]\n\n[r]: javascript:alert(1)"));
    }

    @Test
    void javascriptInMixedCaseIsDropped() {
        assertLinkHasNoAddress(render("[a][r]\n\n[r]: JaVaScRiPt:alert(1)"));
    }

    @Test
    void javascriptWrittenAsEntitiesIsDropped() {
        assertLinkHasNoAddress(render("[a][r]\n\n[r]: &#106;avascript&#x3A;alert(1)"));
    }

    @Test
    void javascriptAfterLeadingWhitespaceIsDropped() {
        // Browsers strip leading spaces and control characters from an address, then run it.
        assertLinkHasNoAddress(render("[a][r]\n\n[r]: < \tjavascript:alert(1)>"));
    }

    @Test
    void javascriptWithATabInsideTheSchemeIsDropped() {
        // Browsers remove tabs anywhere in an address, so this is javascript: to them.
        assertLinkHasNoAddress(render("[a](<java\tscript:alert(1)>)"));
    }

    @Test
    void vbscriptLinkIsDropped() {
        assertLinkHasNoAddress(render("[a](vbscript:msgbox(1))"));
    }

    @Test
    void dataHtmlInAnInlineLinkIsDropped() {
        assertLinkHasNoAddress(render("[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"));
    }

    @Test
    void dataHtmlInAReferenceLinkIsDropped() {
        assertLinkHasNoAddress(render("[a][r]\n\n[r]: data:text/html,<script>alert(1)</script>"));
    }

    @Test
    void dataImageIsKeptButADataLinkIsDropped() {
        String pixel = "data:image/png;base64,iVBORw0KGgo=";
        Document html = render("![dot](" + pixel + ") [a](" + pixel + ")");
        assertEquals(pixel, html.selectFirst("img").attr("src"));
        assertLinkHasNoAddress(html);
    }

    @Test
    void rawImgWithOnerrorGetsNoEventHandler() {
        Document html = render("<img src=x onerror=alert(1)>");
        assertNoElements(html, "[^on]");
    }

    @Test
    void rawLinkWithOnclickGetsNoEventHandler() {
        Document html = render("Click <a href=\"#\" onclick=\"alert(1)\">here</a>.");
        assertNoElements(html, "[^on]");
    }

    @Test
    void inlineSvgWithOnloadIsNotAnElement() {
        Document html = render("<svg onload=alert(1)>");
        assertNoElements(html, "svg, [^on]");
    }

    @Test
    void scriptInsideInlineSvgIsNotAnElement() {
        Document html = render("<svg><script>alert(1)</script></svg>");
        assertNoElements(html, "svg, script");
    }

    @Test
    void iframeIsNotAnElement() {
        Document html = render("<iframe src=\"https://evil.example/\"></iframe>");
        assertNoElements(html, "iframe");
    }

    @Test
    void styleBlockIsNotAnElement() {
        Document html = render("<style>body { display: none }</style>");
        assertNoElements(html, "style");
    }

    @Test
    void rawHtmlShowsAsText() {
        assertEquals(
                "Press <b>Feed</b> <script>alert(1)</script>",
                render("Press <b>Feed</b> <script>alert(1)</script>").text());
    }

    @Test
    void linksToOtherArticlesPointAtTheirPages() {
        Document html = render("[locked out](../access/locked-out.md#x), [offline](printer-offline.md)");
        assertEquals(
                List.of("/articles/access/locked-out#x", "/articles/printing/printer-offline"),
                html.select("a").eachAttr("href"));
    }

    @Test
    void linkToAnArticleWithAnEncodedSpaceStaysEncoded() {
        assertEquals(
                "/articles/printing/label%20printer",
                render("[x](label%20printer.md)").selectFirst("a").attr("href"));
    }

    @Test
    void linksAboveTheArticlesRootAreLeftAsWritten() {
        assertEquals("../../x.md", render("[x](../../x.md)").selectFirst("a").attr("href"));
    }

    @Test
    void ordinaryMarkdownComesThroughUnchanged() {
        String markdown = """
                # Printer offline

                ## Symptoms
                The printer shows *offline* and **nothing** prints.

                ## Resolution
                1. Open [the queue](#queue) or [locked out](../access/locked-out.md).
                2. Run `Get-Printer`:

                ```powershell
                Get-Printer | Where-Object Name -eq 'Ward 4'
                ```

                3. Mail [the desk](mailto:desk@example.org), see [the vendor](https://vendor.example/a?b=1&c=2 "Vendor").

                > Note: line one\\
                > line two

                | Setting | Value |
                |:--------|------:|
                | Port    | 9100  |

                ---

                ![Printer panel](https://images.example/panel.png "Panel")
                """;
        assertEquals("""
                <h1>Printer offline</h1>
                <section class="article-section section-symptoms"><h2>Symptoms</h2>
                <p>The printer shows <em>offline</em> and <strong>nothing</strong> prints.</p>
                </section><section class="article-section section-resolution"><h2>Resolution</h2>
                <ol>
                <li>Open <a href="#queue">the queue</a> or <a href="/articles/access/locked-out">locked out</a>.</li>
                <li>Run <code>Get-Printer</code>:</li>
                </ol>
                <pre><code>Get-Printer | Where-Object Name -eq 'Ward 4'
                </code></pre>
                <ol start="3">
                <li>Mail <a href="mailto:desk@example.org">the desk</a>, see <a href="https://vendor.example/a?b=1&amp;c=2" title="Vendor">the vendor</a>.</li>
                </ol>
                <blockquote>
                <p>Note: line one<br>
                line two</p>
                </blockquote>
                <table>
                <thead>
                <tr>
                <th align="left">Setting</th>
                <th align="right">Value</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td align="left">Port</td>
                <td align="right">9100</td>
                </tr>
                </tbody>
                </table>
                <hr>
                <p><img src="https://images.example/panel.png" alt="Printer panel" title="Panel"></p>
                </section>""", renderer.render(ARTICLE_ID, markdown));
    }

    @Test
    void eachH2StartsASectionThatRunsToTheNextH2() {
        Document html = render("""
                Read this first.

                ## Resolution
                ### On a desktop
                Restart.

                ## Cause
                A stuck queue.
                """);
        assertEquals("p", html.body().child(0).tagName(), "what comes before the first h2 stays outside");
        assertEquals(
                List.of("Resolution On a desktop Restart.", "Cause A stuck queue."),
                html.select("section").eachText());
    }

    @Test
    void problemDescriptionIsASymptomsSection() {
        Document html = render("## Problem description\nLabels come out blank.\n");
        assertEquals(
                "article-section section-symptoms", html.selectFirst("section").className());
    }

    @Test
    void sectionsAreClassifiedByTheWordsTheIndexUses() {
        Document html = render("""
                ## Causes
                ## Workaround 2: use the web
                ## Fix
                ## Related articles
                ## See also
                ## Notes for IT
                """);
        assertEquals(
                List.of(
                        "article-section section-cause",
                        "article-section section-resolution",
                        "article-section section-resolution",
                        "article-section section-related",
                        "article-section section-related",
                        "article-section"),
                html.select("section").eachAttr("class"));
    }

    @Test
    void anAuthorsOwnSectionMarkupDoesNotSurvive() {
        Document html = render("<section class=\"section-cause\">Not the cause</section>\n\nText.");
        assertNoElements(html, "section, [class]");
    }

    @Test
    void oneRendererServesManyThreadsAlike() throws Exception {
        String markdown = "## Symptoms\n[a](javascript:alert(1)) and [b](../access/locked-out.md)\n";
        String expected = renderer.render(ARTICLE_ID, markdown);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> renderer.render(ARTICLE_ID, markdown)))
                    .toList();
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
