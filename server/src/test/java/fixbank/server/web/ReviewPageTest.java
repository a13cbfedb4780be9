package fixbank.server.web;

import static fixbank.server.http.TestServer.ADMIN_TOKEN;
import static fixbank.server.http.TestServer.EDITOR_TOKEN;
import static fixbank.server.http.TestServer.REVIEWER_TOKEN;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writing, reviewing and publishing in the browser (#14): what an editor writes or changes reaches readers
 * only once another person approves it on the review page, and nobody approves their own writing.
 */
class ReviewPageTest extends BrowserTest {

    private static EditingCalls calls;

    @BeforeAll
    static void start() throws IOException {
        start(List.of(), Optional.empty());
        calls = new EditingCalls(server);
    }

    @Test
    void anArticleWrittenInTheEditorReachesReadersOnlyOnceAReviewerApprovesIt() {
        String word = EditingCalls.unique();
        String title = "Label printer prints " + word;
        EditorPage.openAs(browser, server, EDITOR_TOKEN, "/edit.html");
        EditorPage.fill(browser, "title", title);
        EditorPage.fill(browser, "summary", "Labels come out smudged with " + word + ".");
        EditorPage.fill(browser, "tags", "printing, labels");
        EditorPage.fill(browser, "symptoms", "Labels come out " + word + ".");
        EditorPage.fill(browser, "cause", "The ribbon is loaded inside out.");
        EditorPage.fill(browser, "resolution", "1. Open the lid.\n2. Turn the ribbon over.");
        EditorPage.save(browser);
        String id = EditorPage.articleId(browser);
        assertTrue(EditorPage.state(browser).startsWith("Draft"), EditorPage.state(browser));

        ReviewPage.openAs(browser, server, REVIEWER_TOKEN);
        assertTrue(ReviewPage.titles(browser, ReviewPage.IN_PROGRESS).contains(title), "a draft is in progress");

        EditorPage.openArticleAs(browser, server, EDITOR_TOKEN, id);
        EditorPage.submit(browser);
        assertTrue(EditorPage.state(browser).startsWith("In review"), EditorPage.state(browser));
        assertAll(
                "before approval",
                () -> assertFalse(calls.anonymousSearchFinds(word, id)),
                () -> assertFalse(calls.anonymousSuggestFinds("label printer " + word, id)));
        EditorPage.signOut(browser, server);
        open("/?q=" + word);
        browser.await(
                () -> "no results for readers",
                driver -> browser.find("#result-status").getText().startsWith("No fixes found"));

        ReviewPage.openAs(browser, server, REVIEWER_TOKEN);
        assertTrue(ReviewPage.titles(browser, ReviewPage.WAITING).contains(title), "submitted: waiting for review");
        ReviewPage.open(browser, title);
        assertTrue(
                ReviewPage.diff(browser).contains("+ Labels come out " + word + "."),
                ReviewPage.diff(browser).toString());
        assertEquals(
                "Labels come out " + word + ".",
                browser.find(".review-rendered .section-symptoms p").getText());
        String announced = ReviewPage.approve(browser);
        assertTrue(announced.contains("“" + title + "” is published"), announced);
        // The queue is drawn afresh after an approval, so its titles are read again until they settle.
        browser.await(
                () -> "it leaves the queue",
                driver -> !ReviewPage.titles(browser, ReviewPage.WAITING).contains(title));

        EditorPage.signOut(browser, server);
        open("/?q=" + word);
        awaitResults("the approved article, for readers", List.of(title));
        assertTrue(calls.anonymousSuggestFinds("label printer " + word, id), "suggested to readers");
    }

    @Test
    void aReviewerWhoWroteAChangeIsToldAnotherMustApproveIt() {
        String id = "printing/wristband-printer-blank";
        String title = "Wristband printer prints blank labels";
        calls.save(
                REVIEWER_TOKEN, id, EditingCalls.draft(title, "The labels are blank " + EditingCalls.unique() + "."));
        calls.submit(REVIEWER_TOKEN, id);

        ReviewPage.openAs(browser, server, REVIEWER_TOKEN);
        ReviewPage.open(browser, title);
        assertAll(
                () -> assertEquals(List.of(), ReviewPage.approveButton(browser), "no Approve for its author"),
                () -> assertEquals(
                        "You wrote this change; another reviewer must approve it.",
                        browser.find("#approve-reason").getText()),
                () -> assertTrue(browser.find("#review-send-back").isDisplayed(), "sending back is still offered"));

        ReviewPage.openAs(browser, server, ADMIN_TOKEN);
        ReviewPage.open(browser, title);
        assertTrue(ReviewPage.approve(browser).startsWith("Approved: the change to “" + title + "”"));
    }

    @Test
    void aChangeSavedInTheEditorStaysInvisibleToReadersUntilApproved() {
        String id = "printing/printer-offline";
        String word = EditingCalls.unique();
        String changed = "Check the network cable and the wall port " + word + ".";

        EditorPage.signIn(browser, server, EDITOR_TOKEN);
        open("/articles/" + id);
        browser.await(() -> "the Edit link", driver -> browser.find(".edit-link"))
                .click();
        EditorPage.awaitForm(browser);
        assertTrue(EditorPage.state(browser).startsWith("Published"), EditorPage.state(browser));
        EditorPage.fill(browser, "resolution", changed);
        EditorPage.save(browser);
        assertTrue(EditorPage.state(browser).startsWith("Change waiting"), EditorPage.state(browser));
        assertTrue(EditorPage.message(browser).contains("Readers still see the published text"));

        EditorPage.signOut(browser, server);
        String before = readerSees(id);
        assertAll(
                "a saved change, for readers",
                () -> assertTrue(before.contains("Check the network cable."), before),
                () -> assertFalse(before.contains(word), before),
                () -> assertFalse(calls.anonymousSearchFinds(word, id)));

        EditorPage.openArticleAs(browser, server, EDITOR_TOKEN, id);
        EditorPage.submit(browser);
        assertTrue(EditorPage.state(browser).startsWith("Change in review"), EditorPage.state(browser));
        EditorPage.signOut(browser, server);
        assertFalse(readerSees(id).contains(word), "submitted, not yet approved");

        ReviewPage.openAs(browser, server, REVIEWER_TOKEN);
        ReviewPage.open(browser, "Printer shows offline");
        List<String> diff = ReviewPage.diff(browser);
        assertTrue(diff.contains("− Check the network cable."), diff.toString());
        assertTrue(diff.contains("+ " + changed), diff.toString());
        ReviewPage.approve(browser);

        EditorPage.signOut(browser, server);
        assertTrue(readerSees(id).contains(changed));
        assertTrue(calls.anonymousSearchFinds(word, id));
    }

    @Test
    void aRevisionSentBackWithACommentShowsTheCommentToItsAuthor() {
        String title = "Dictation app freezes " + EditingCalls.unique();
        String id = calls.create(EDITOR_TOKEN, EditingCalls.draft(title, "It freezes after a minute."));
        calls.submit(EDITOR_TOKEN, id);

        ReviewPage.openAs(browser, server, REVIEWER_TOKEN);
        ReviewPage.open(browser, title);
        browser.find("#review-send-back").click();
        assertEquals(
                "send-back-comment", browser.driver.switchTo().activeElement().getAttribute("id"));
        assertTrue(browser.find("#send-back-error").getText().startsWith("Say what needs to change"));
        browser.find("#send-back-comment").sendKeys("Say which dictation app and which ward.");
        browser.find("#review-send-back").click();
        ReviewPage.awaitAnnouncement(browser, "Sent back");
        browser.await(
                () -> "the revision, sent back",
                driver -> ReviewPage.titles(browser, ReviewPage.IN_PROGRESS).contains(title));

        EditorPage.openArticleAs(browser, server, EDITOR_TOKEN, id);
        assertTrue(browser.find("#editor-sent-back").isDisplayed());
        assertEquals(
                "Say which dictation app and which ward.",
                browser.find("#editor-sent-back-comment").getText());
        assertTrue(EditorPage.state(browser).startsWith("Draft"), EditorPage.state(browser));
    }

    /** The text of the article page as the browser, signed in or not, shows it. */
    private static String readerSees(String id) {
        open("/articles/" + id);
        return browser.await(() -> "the article " + id, driver -> {
            String text = browser.find("#article").getText();
            return browser.find("#article").getAttribute("aria-busy") == null && text.contains("Resolution")
                    ? text
                    : null;
        });
    }
}
