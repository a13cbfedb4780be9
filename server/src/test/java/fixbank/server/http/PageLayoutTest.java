package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Assembling a page from the layout, with a page list that has what the site's own does not yet: a staff page. */
class PageLayoutTest {

    private static final SitePage SEARCH = SitePage.at("/", "search", "Find a fix")
            .withScript("/js/search-page.js")
            .inNav("Find a fix", Access.ANYONE);
    private static final SitePage INSIGHTS =
            SitePage.at("/insights.html", "not-found", "Insights").inNav("Insights", Access.STAFF);
    private static final PageLayout LAYOUT = new PageLayout(List.of(SEARCH, INSIGHTS));

    @Test
    void staffNavEntriesAreSentHiddenForThePageToShowInStaffMode() {
        String html = LAYOUT.render(SEARCH);
        assertTrue(html.contains("<a href=\"/\" aria-current=\"page\">Find a fix</a>"), html);
        assertTrue(html.contains("<a href=\"/insights.html\" data-role=\"staff\" hidden>Insights</a>"), html);
    }

    @Test
    void theCurrentPageIsMarkedEvenWhenItIsForStaff() {
        String html = LAYOUT.render(INSIGHTS);
        assertTrue(html.contains("<a href=\"/\">Find a fix</a>"), html);
        assertTrue(
                html.contains(
                        "<a href=\"/insights.html\" aria-current=\"page\" data-role=\"staff\" hidden>Insights</a>"),
                html);
        assertFalse(
                html.contains("<script type=\"module\" src=\"/js/search-page.js\">"), "a page has its own script only");
    }

    @Test
    void titlesAndNavLabelsAreEscaped() {
        SitePage odd = SitePage.at("/odd.html", "not-found", "Fish & <chips> \"to go\"")
                .inNav("<b>Odd</b> & 'co'", Access.ANYONE);
        String html = new PageLayout(List.of(odd)).render(odd);
        assertTrue(html.contains("<title>Fish &amp; &lt;chips&gt; &quot;to go&quot; · Fixbank</title>"), html);
        assertTrue(html.contains(">&lt;b&gt;Odd&lt;/b&gt; &amp; &#39;co&#39;</a>"), html);
        assertFalse(html.contains("<chips>") || html.contains("<b>"), html);
    }

    @Test
    void aNavEntryNeedsAFixedAddress() {
        SitePage article = SitePage.at("/articles/<id>", "article", "Article");
        assertThrows(IllegalArgumentException.class, () -> article.inNav("Article", Access.ANYONE));
    }
}
