package fixbank.server.web;

import fixbank.server.http.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.opentest4j.AssertionFailedError;

/**
 * The insights page as IT staff see it, read as tables: each row a map from column heading to the text of its
 * cell. What the pages record is stored a moment later (searches, suggestions and openings are queued), so
 * {@link #awaitRow} opens the page again until the row is there.
 */
final class InsightsPage {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static final String READ_TABLE = """
            const table = document.querySelector(arguments[0]);
            if (!table) return null;
            const headings = [...table.tHead.rows[0].cells].map((cell) => cell.textContent.trim());
            return [...table.tBodies[0].rows].map((row) => Object.fromEntries(
              [...row.cells].map((cell, i) => [headings[i], cell.innerText.trim()])));
            """;

    private InsightsPage() {}

    /** Opens the insights page of {@code server} with the staff token stored, and waits for every section. */
    static void openAsStaff(Browser browser, TestServer server) {
        openAs(browser, server, TestServer.STAFF_TOKEN);
    }

    /** Opens the insights page signed in with {@code token}, and waits for every section. */
    static void openAs(Browser browser, TestServer server, String token) {
        openAs(browser, server, token, "");
    }

    /** Opens the insights page with {@code query} ("?owner=…") signed in with {@code token}, and waits for every section. */
    static void openAs(Browser browser, TestServer server, String token, String query) {
        browser.open(server.address("/widget-example.html"));
        browser.script("sessionStorage.setItem('fixbank.staffToken', arguments[0])", token);
        browser.open(server.address("/insights.html" + query));
        awaitLoaded(browser);
    }

    /** The heading of the section that is "Needs attention", or with an owner chosen "Owner’s desk: NAME". */
    static String attentionHeading(Browser browser) {
        return browser.find("#attention-heading").getText();
    }

    /**
     * The group {@code key} of the owner's desk ({@code overdue}, {@code due-soon}, {@code unhelpful},
     * {@code waiting}): its heading with the count, and each article listed as a map of its title, the address
     * its title links to and the facts and comments under it; or null when the desk is not shown.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> deskGroup(Browser browser, String key) {
        return (Map<String, Object>) browser.script("""
                const group = document.getElementById('desk-' + arguments[0]);
                if (!group) return null;
                return {
                  heading: group.querySelector('h3').textContent.trim(),
                  none: group.querySelector('.desk-none')?.textContent.trim() ?? null,
                  items: [...group.querySelectorAll('.desk-item')].map((item) => ({
                    title: item.querySelector('.desk-title').textContent,
                    href: item.querySelector('.desk-title').getAttribute('href'),
                    facts: item.querySelector('.desk-facts')?.innerText.trim() ?? '',
                    comments: item.querySelector('.desk-comments')?.innerText.trim() ?? '',
                  })),
                };
                """, key);
    }

    /** The titles the group {@code key} of the owner's desk lists. */
    @SuppressWarnings("unchecked")
    static List<String> deskTitles(Browser browser, String key) {
        Map<String, Object> group = deskGroup(browser, key);
        if (group == null) {
            throw new AssertionFailedError("no owner's desk on the page");
        }
        return ((List<Map<String, String>>) group.get("items"))
                .stream().map(item -> item.get("title")).toList();
    }

    /** The article {@code title} in the group {@code key} of the owner's desk: title, href, facts, comments. */
    @SuppressWarnings("unchecked")
    static Map<String, String> deskItem(Browser browser, String key, String title) {
        Map<String, Object> group = deskGroup(browser, key);
        if (group == null) {
            throw new AssertionFailedError("no owner's desk on the page");
        }
        return ((List<Map<String, String>>) group.get("items"))
                .stream()
                        .filter(item -> item.get("title").equals(title))
                        .findFirst()
                        .orElseThrow(() ->
                                new AssertionFailedError("no " + title + " in the desk's group " + key + ": " + group));
    }

    /** Waits until every section of the page shown to staff has its answer. */
    static void awaitLoaded(Browser browser) {
        browser.await(() -> "the insights page, loaded", driver -> (Boolean) browser.script("""
                const sections = [...document.querySelectorAll('#insights .insights-body')];
                return !document.getElementById('insights').hidden
                  && sections.every((body) => body.children.length > 0 && !body.hasAttribute('aria-busy'));
                """));
    }

    /** The rows of the table in the section with this id, or empty when the section shows no table. */
    @SuppressWarnings("unchecked")
    static Optional<List<Map<String, String>>> rows(Browser browser, String section) {
        return Optional.ofNullable((List<Map<String, String>>) browser.script(READ_TABLE, "#" + section + " table"));
    }

    /** The disclosure of the words {@code articleId} learned, in the section "What articles learned from tickets". */
    static WebElement learned(Browser browser, String articleId) {
        return browser.find("#learned details[data-article='" + articleId + "']");
    }

    /**
     * Opens the words {@code articleId} learned from the keyboard (Enter on its summary) and waits for their
     * table, the empty state or an error.
     */
    static WebElement openLearned(Browser browser, String articleId) {
        WebElement details = learned(browser, articleId);
        browser.script("arguments[0].querySelector('summary').focus()", details);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.await(() -> "the words " + articleId + " learned", driver -> (Boolean) browser.script("""
                        const panel = arguments[0].querySelector('.learned-body');
                        return arguments[0].open && !panel.hasAttribute('aria-busy')
                          && !!panel.querySelector('table, .insights-empty, .error');
                        """, details));
        return details;
    }

    /** The rows of the table of words {@code articleId} learned (opened), or empty when it shows none. */
    @SuppressWarnings("unchecked")
    static Optional<List<Map<String, String>>> learnedWords(Browser browser, String articleId) {
        return Optional.ofNullable((List<Map<String, String>>)
                browser.script(READ_TABLE, "#learned details[data-article='" + articleId + "'] table"));
    }

    /** The text the section shows in place of a table, such as "Nothing recorded yet." */
    static String emptyText(Browser browser, String section) {
        return browser.find("#" + section + " .insights-empty").getText();
    }

    /**
     * Opens the insights page of {@code server} as staff until the section's table has a row that {@code
     * wanted} accepts, and returns it.
     */
    static Map<String, String> awaitRow(
            Browser browser, TestServer server, String section, String what, Predicate<Map<String, String>> wanted) {
        return awaitRow(browser, server, TestServer.STAFF_TOKEN, section, what, wanted);
    }

    /** {@link #awaitRow(Browser, TestServer, String, String, Predicate)} signed in with {@code token}. */
    static Map<String, String> awaitRow(
            Browser browser,
            TestServer server,
            String token,
            String section,
            String what,
            Predicate<Map<String, String>> wanted) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<Map<String, String>> seen = List.of();
        while (true) {
            openAs(browser, server, token);
            seen = rows(browser, section).orElse(List.of());
            Optional<Map<String, String>> row = seen.stream().filter(wanted).findFirst();
            if (row.isPresent()) {
                return row.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionFailedError(
                        "the insights page's " + section + " table has no row with " + what + "; it shows " + seen);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionFailedError("interrupted", e);
            }
        }
    }

    /** The deflection table's last row, the totals, once its counts are {@code expected} (by column heading). */
    static Map<String, String> awaitTotals(Browser browser, TestServer server, Map<String, String> expected) {
        return awaitRow(
                browser,
                server,
                "deflection",
                "totals " + expected,
                row -> "All weeks".equals(row.get("Week of"))
                        && expected.entrySet().stream()
                                .allMatch(entry -> entry.getValue().equals(row.get(entry.getKey()))));
    }
}
