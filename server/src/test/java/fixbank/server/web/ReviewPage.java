package fixbank.server.web;

import fixbank.server.http.TestServer;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The review page ({@code /review.html}) as editors and reviewers use it: the queue read as titles per group,
 * a revision opened from it, its diff read as {@code "+ text"}, {@code "− text"} and {@code "  text"} lines,
 * and the decision buttons.
 */
final class ReviewPage {

    /** The groups of the queue, by the key of their element ids. */
    static final String WAITING = "waiting";

    static final String IN_PROGRESS = "in-progress";

    private ReviewPage() {}

    /** Opens the review page signed in with {@code token}, and waits for the queue. */
    static void openAs(Browser browser, TestServer server, String token) {
        EditorPage.signIn(browser, server, token);
        browser.open(server.address("/review.html"));
        awaitQueue(browser);
    }

    static void awaitQueue(Browser browser) {
        browser.await(() -> "the review queue", driver -> (Boolean) browser.script("""
                const queue = document.getElementById('review-queue');
                return !document.getElementById('review').hidden && !queue.hasAttribute('aria-busy')
                  && queue.children.length > 0;
                """));
    }

    /** The titles listed in the group {@link #WAITING} or {@link #IN_PROGRESS}. */
    static List<String> titles(Browser browser, String group) {
        return browser.texts("#queue-group-" + group + " .queue-title");
    }

    /** Opens the revision titled {@code title} from the queue, and waits for it. */
    static void open(Browser browser, String title) {
        browser.click(By.linkText(title));
        awaitRevision(browser, title);
    }

    static void awaitRevision(Browser browser, String title) {
        browser.await(
                () -> "the revision '" + title + "', not '"
                        + browser.find("#detail-heading").getText() + "'",
                driver -> browser.find("#detail-heading").getText().equals(title)
                        && browser.find("#review-detail-body").getAttribute("aria-busy") == null);
    }

    /** The diff's lines, each its sign and text as a reader sees them ({@code "+ added line"}). */
    @SuppressWarnings("unchecked")
    static List<String> diff(Browser browser) {
        return (List<String>) browser.script("""
                return [...document.querySelectorAll('.diff .diff-line')].map((line) =>
                  line.querySelector('.diff-sign').textContent + ' ' + line.lastElementChild.textContent);
                """);
    }

    /** The Approve button of the revision opened, if it is offered. */
    static List<WebElement> approveButton(Browser browser) {
        return browser.findAll("#review-approve");
    }

    /** Presses Approve and waits for the page to announce the result. */
    static String approve(Browser browser) {
        browser.find("#review-approve").click();
        return awaitAnnouncement(browser, "Approved");
    }

    static String awaitAnnouncement(Browser browser, String start) {
        return browser.await(
                () -> "the announcement '" + start + "…', not '"
                        + browser.find("#review-announcement").getText() + "'",
                driver -> {
                    String text = browser.find("#review-announcement").getText();
                    return text.startsWith(start) ? text : null;
                });
    }
}
