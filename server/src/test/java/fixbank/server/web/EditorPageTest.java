package fixbank.server.web;

import static fixbank.server.http.TestServer.EDITOR_TOKEN;
import static fixbank.server.http.TestServer.REVIEWER_TOKEN;
import static fixbank.server.http.TestServer.STAFF_TOKEN;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The editor page: who may use it, the live preview, errors beside their fields, conflicts, deleting. */
class EditorPageTest extends BrowserTest {

    private static EditingCalls calls;

    @BeforeAll
    static void start() throws IOException {
        start(List.of(), Optional.empty());
        calls = new EditingCalls(server);
    }

    private static boolean navShows(String label) {
        return browser.findAll(".site-nav a").stream()
                .anyMatch(link -> link.isDisplayed() && link.getText().equals(label));
    }

    private static String activeId() {
        return browser.driver.switchTo().activeElement().getAttribute("id");
    }

    @Test
    void onlyEditorsGetTheFormOthersAreToldWhy() {
        open("/edit.html");
        WebElement refusal = browser.await(
                () -> "the refusal",
                driver -> browser.find("#editor-signed-out").isDisplayed() ? browser.find("#editor-signed-out") : null);
        assertAll(
                "anonymous",
                () -> assertTrue(refusal.getText().contains("Sign in with your staff token"), refusal.getText()),
                () -> assertFalse(browser.find("#editor").isDisplayed()),
                () -> assertFalse(navShows("Write")),
                () -> assertFalse(navShows("Review")));

        EditorPage.signIn(browser, server, STAFF_TOKEN);
        open("/review.html");
        browser.await(
                () -> "the refusal for staff",
                driver -> browser.find("#review-signed-out").getText().contains("the queue is for editors"));
        assertFalse(navShows("Write"), "staff without the editor role do not write");
        assertFalse(browser.find("#review-sign-in").isDisplayed(), "staff are signed in already");
        open("/articles/printing/printer-offline");
        browser.await(
                () -> "the article", driver -> browser.find(".article-actions").isDisplayed());
        assertTrue(browser.findAll(".edit-link").isEmpty(), "no Edit link for staff");

        EditorPage.openAs(browser, server, EDITOR_TOKEN, "/edit.html");
        assertAll(
                "an editor",
                () -> assertTrue(navShows("Write")),
                () -> assertTrue(navShows("Review")),
                () -> assertFalse(browser.find("#editor-signed-out").isDisplayed()),
                () -> assertTrue(EditorPage.state(browser).startsWith("New article"), EditorPage.state(browser)));
    }

    @Test
    void thePreviewShowsRenderedMarkdownAndRawHtmlAsText() {
        EditorPage.openAs(browser, server, EDITOR_TOKEN, "/edit.html");
        assertEquals(
                "The preview appears once the article has a title and a section.",
                browser.find("#preview-status").getText());
        EditorPage.fill(browser, "title", "Preview check");
        EditorPage.fill(
                browser,
                "symptoms",
                "The screen shows **Access denied** and <b>raw tags</b> <script>alert('x')</script>\n\n- one\n- two");

        WebElement preview = EditorPage.awaitPreview(browser, "<b>raw tags</b>");
        assertAll(
                () -> assertEquals(
                        "Preview check", browser.find("#preview .preview-title").getText()),
                () -> assertEquals(
                        "Access denied",
                        browser.find("#preview .section-symptoms strong").getText()),
                () -> assertEquals(List.of("one", "two"), browser.texts("#preview .section-symptoms li")),
                () -> assertTrue(preview.getText().contains("<script>alert('x')</script>"), preview.getText()),
                () -> assertEquals(0, Browser.findAll(preview, "b, script").size(), "raw HTML is not markup"),
                () -> assertEquals(
                        "As readers will see it.",
                        browser.find("#preview-status").getText()));
    }

    @Test
    void aFieldTheServerRefusesIsMarkedAndFocused() {
        EditorPage.openAs(browser, server, EDITOR_TOKEN, "/edit.html");
        EditorPage.fill(browser, "title", "Nothing but a title");
        browser.find("#editor-save").click();

        WebElement error = browser.await(
                () -> "the error beside the symptoms",
                driver -> browser.find("#symptoms-error").isDisplayed() ? browser.find("#symptoms-error") : null);
        assertAll(
                () -> assertTrue(error.getText().startsWith("Write at least one section"), error.getText()),
                () -> assertEquals("symptoms", activeId()),
                () -> assertEquals("true", browser.find("#symptoms").getAttribute("aria-invalid")),
                () -> assertTrue(EditorPage.state(browser).startsWith("New article"), "nothing was saved"));
        takeConsoleProblems(failedToLoad("/api/articles", 400));
    }

    @Test
    void theSecondOfTwoSavesFromOneVersionShowsBothAndChoosesDeliberately() {
        String title = "Badge reader ignores cards " + EditingCalls.unique();
        String id = calls.create(EDITOR_TOKEN, EditingCalls.draft(title, "Nothing happens."));
        EditorPage.openArticleAs(browser, server, EDITOR_TOKEN, id);
        calls.save(REVIEWER_TOKEN, id, EditingCalls.draft(title, "Their words."));

        EditorPage.fill(browser, "symptoms", "My first words.");
        browser.find("#editor-save").click();
        WebElement panel = awaitConflict();
        assertAll(
                "the conflict",
                () -> assertEquals("editor-conflict", activeId()),
                () -> assertEquals("Their words.", conflictCell("symptoms", "theirs")),
                () -> assertEquals("My first words.", conflictCell("symptoms", "yours")),
                () -> assertTrue(panel.getText().contains("Someone else saved this article"), panel.getText()));
        takeConsoleProblems(failedToLoad("/api/articles/" + id, 409));

        browser.find("#conflict-take-theirs").click();
        assertFalse(browser.find("#editor-conflict").isDisplayed());
        assertEquals("Their words.", EditorPage.value(browser, "symptoms"));

        calls.save(REVIEWER_TOKEN, id, EditingCalls.draft(title, "Their second words."));
        EditorPage.fill(browser, "symptoms", "My second words.");
        browser.find("#editor-save").click();
        awaitConflict();
        assertEquals("Their second words.", conflictCell("symptoms", "theirs"));
        takeConsoleProblems(failedToLoad("/api/articles/" + id, 409));
        browser.find("#conflict-keep-mine").click();
        EditorPage.awaitMessage(browser, "Saved at");
        assertFalse(browser.find("#editor-conflict").isDisplayed());
        assertEquals(
                "My second words.",
                calls.source(id).get("fields").get("symptoms").asText());
    }

    @Test
    void aDraftIsDeletedOnlyOnceTheEditorConfirms() {
        String title = "Old kiosk " + EditingCalls.unique();
        String id = calls.create(EDITOR_TOKEN, EditingCalls.draft(title, "The kiosk is gone."));
        EditorPage.openArticleAs(browser, server, EDITOR_TOKEN, id);

        browser.find("#editor-delete").click();
        assertTrue(browser.find("#editor-confirm").getText().contains("Delete the draft “" + title + "”?"));
        assertEquals("editor-delete-yes", activeId());
        browser.find("#editor-delete-no").click();
        assertEquals("editor-delete", activeId(), "kept: nothing happened");

        browser.find("#editor-delete").click();
        browser.find("#editor-delete-yes").click();
        browser.await(
                () -> "the deletion said",
                driver -> browser.find("#editor-gone").getText().contains("“" + title + "” was deleted."));
        assertFalse(browser.find("#editor").isDisplayed());
        assertTrue(
                browser.driver.findElement(By.linkText("Write a new article")).isDisplayed());
    }

    @Test
    void aNewArticleStartsFromTheTitleAndSymptomsInTheAddress() {
        EditorPage.openAs(
                browser,
                server,
                EDITOR_TOKEN,
                "/edit.html?title=Cannot+see+the+rota&symptoms=People+asked%3A%0A%0A-+rota+missing");
        assertAll(
                () -> assertEquals("Cannot see the rota", EditorPage.value(browser, "title")),
                () -> assertEquals("People asked:\n\n- rota missing", EditorPage.value(browser, "symptoms")),
                () -> assertTrue(browser.find("#id").isDisplayed(), "a new article may be given its address"));
        EditorPage.awaitPreview(browser, "rota missing");
    }

    private static WebElement awaitConflict() {
        return browser.await(
                () -> "the conflict panel",
                driver -> browser.find("#editor-conflict").isDisplayed() ? browser.find("#editor-conflict") : null);
    }

    /** The text of the conflict table's cell for {@code field} in the column {@code theirs} or {@code yours}. */
    private static String conflictCell(String field, String side) {
        return browser.find("#editor-conflict tr[data-field='" + field + "'] .conflict-" + side)
                .getText();
    }
}
