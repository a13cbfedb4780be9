package fixbank.server.web;

import fixbank.server.http.TestServer;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The editor page ({@code /edit.html}) as an editor uses it: fields filled in by their API names (the ids of
 * the form's fields), the buttons pressed, and what the page then says.
 */
final class EditorPage {

    private EditorPage() {}

    /** Stores {@code token} as the staff token, the way signing in does, for the pages opened next. */
    static void signIn(Browser browser, TestServer server, String token) {
        browser.open(server.address("/widget-example.html"));
        browser.script("sessionStorage.setItem('fixbank.staffToken', arguments[0])", token);
    }

    /** Forgets the staff token: the pages opened next are an anonymous reader's. */
    static void signOut(Browser browser, TestServer server) {
        browser.clearSession(server.address("/widget-example.html"));
    }

    /** Opens the editor at {@code pathAndQuery} signed in with {@code token}, and waits for the form. */
    static void openAs(Browser browser, TestServer server, String token, String pathAndQuery) {
        signIn(browser, server, token);
        browser.open(server.address(pathAndQuery));
        awaitForm(browser);
    }

    /** Opens the editor on the article {@code id} signed in with {@code token}. */
    static void openArticleAs(Browser browser, TestServer server, String token, String id) {
        openAs(browser, server, token, "/edit.html?id=" + id);
    }

    /** Waits until the form shows a revision or a new article. */
    static void awaitForm(Browser browser) {
        browser.await(() -> "the editor's form", driver -> (Boolean) browser.script("""
                const editor = document.getElementById('editor');
                return !editor.hidden && !editor.hasAttribute('aria-busy')
                  && document.getElementById('editor-state').textContent !== '';
                """));
    }

    /** Replaces what the field {@code name} holds with {@code text}; newlines only in the Markdown sections. */
    static void fill(Browser browser, String name, String text) {
        WebElement field = browser.find("#" + name);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    static String value(Browser browser, String name) {
        return browser.find("#" + name).getAttribute("value");
    }

    /** Presses "Save draft" (or "Save change") and waits for the page to say it was saved. */
    static void save(Browser browser) {
        browser.find("#editor-save").click();
        awaitMessage(browser, "Saved at");
    }

    /** Presses "Submit for review" and waits for the page to say it was submitted. */
    static void submit(Browser browser) {
        browser.find("#editor-submit").click();
        awaitMessage(browser, "Submitted for review");
    }

    /** Waits until the message under the buttons starts with {@code start}, and returns it. */
    static String awaitMessage(Browser browser, String start) {
        return browser.await(
                () -> "the message '" + start + "…', not '" + message(browser) + "'",
                driver -> message(browser).startsWith(start) ? message(browser) : null);
    }

    static String message(Browser browser) {
        return browser.find("#editor-message").getText();
    }

    /** What the page says of the revision: "Draft …", "In review …", "Change waiting …". */
    static String state(Browser browser) {
        return browser.find("#editor-state").getText();
    }

    /** The id of the article in the form, as the address names it once it is saved. */
    static String articleId(Browser browser) {
        String query = URI.create(browser.driver.getCurrentUrl()).getRawQuery();
        return Arrays.stream(query == null ? new String[0] : query.split("&"))
                .filter(pair -> pair.startsWith("id="))
                .map(pair -> URLDecoder.decode(pair.substring(3), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no id in " + browser.driver.getCurrentUrl()));
    }

    /** The preview, once its text contains {@code text}. */
    static WebElement awaitPreview(Browser browser, String text) {
        return browser.await(
                () -> "a preview with '" + text + "', not '"
                        + browser.find("#preview").getText() + "'",
                driver -> {
                    WebElement preview = browser.find("#preview");
                    return preview.getText().contains(text) && preview.getAttribute("aria-busy") == null
                            ? preview
                            : null;
                });
    }
}
