package fixbank.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.http.TestServer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * "Why this fix?" on the report page and "Why this result?" on the search page (issue #13): staff ask for the
 * server's explanation and see it under each fix; nobody else asks for it or sees it.
 */
class WhyTest extends BrowserTest {

    private static final String WRISTBAND = "Wristband printer prints blank labels";
    private static final String BADGE_DRAFT = "Badge tap does nothing";

    /** Run in every document before its own scripts: keeps the address and body of each call the page makes. */
    private static final String RECORD_REQUESTS = """
            (() => {
              const requests = [];
              Object.defineProperty(window, 'fixbankRequests', { value: requests });
              const original = window.fetch;
              window.fetch = function (input, init) {
                const address = input instanceof Request ? input.url : String(input);
                requests.push(address + ' ' + (init && typeof init.body === 'string' ? init.body : ''));
                return original.apply(this, arguments);
              };
            })();
            """;

    @BeforeAll
    static void startRecordingRequests() throws IOException {
        start(List.of(), Optional.empty());
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_REQUESTS));
    }

    /** Stores the staff token for the tab, as signing in does; the next page opened is in staff mode. */
    private static void signInAsStaff() {
        browser.script("sessionStorage.setItem('fixbank.staffToken', arguments[0])", TestServer.STAFF_TOKEN);
    }

    private static void awaitStaffMode() {
        browser.await(
                () -> "staff mode", driver -> !browser.findAll("#staff-name").isEmpty());
    }

    /** The calls the page now open made to {@code path}, each as its address and body. */
    @SuppressWarnings("unchecked")
    private static List<String> requests(String path) {
        return ((List<String>) browser.script("return window.fixbankRequests"))
                .stream().filter(request -> request.contains(path)).toList();
    }

    /** The list item of the known fix or result titled {@code title}, once the page shows it. */
    private static WebElement item(String css, String title) {
        return browser.await(
                () -> title + " among " + browser.texts(css + " a"),
                driver -> browser.findAll(css).stream()
                        .filter(item ->
                                item.findElement(By.cssSelector("a")).getText().equals(title))
                        .findFirst()
                        .orElse(null));
    }

    private static List<String> texts(WebElement context, String css) {
        return Browser.findAll(context, css).stream().map(WebElement::getText).toList();
    }

    private static boolean stale(WebElement element) {
        try {
            element.isDisplayed();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        }
    }

    /**
     * Opens {@code why} by its summary, from the keyboard, and checks it has a sentence and, among its matched
     * words, a line that begins {@code line} and names the title.
     */
    private static void openAndCheck(WebElement why, String label, String line) {
        WebElement summary = why.findElement(By.cssSelector("summary"));
        assertEquals(label, summary.getText());
        assertNull(why.getAttribute("open"), "closed until asked");
        assertFalse(why.findElement(By.cssSelector(".why-words")).isDisplayed());
        summary.sendKeys(Keys.ENTER);
        browser.await(() -> label + " opened", driver -> why.getAttribute("open") != null);
        assertFalse(why.findElement(By.cssSelector(".why-summary")).getText().isBlank(), "a sentence says why");
        List<String> words = texts(why, ".why-word");
        assertTrue(
                words.stream().anyMatch(word -> word.startsWith(line) && word.contains("title")),
                "a line beginning " + line + " and naming the title among " + words);
    }

    @Test
    void staffSeeWhyAFixWasChosenAndItStaysOpenAsTheyType() {
        signInAsStaff();
        open("/report.html");
        awaitStaffMode();
        type("#title", "wristbnad printer labels blank");
        WebElement fix = item("#suggestion-list li", WRISTBAND);
        WebElement why = fix.findElement(By.cssSelector("details.why"));
        openAndCheck(why, "Why this fix?", "wristband · spelling of “wristbnad” · in ");
        assertTrue(
                requests("/api/suggest").stream().allMatch(request -> request.contains("\"explain\":true")),
                requests("/api/suggest").toString());

        type("#description", "On 4 West since this morning.");
        browser.await(() -> "the fixes shown again", driver -> stale(why));
        WebElement again = item("#suggestion-list li", WRISTBAND);
        assertNotNull(
                again.findElement(By.cssSelector("details.why")).getAttribute("open"),
                "an opened explanation stays open while the ticket is typed");
    }

    @Test
    void staffSeeDraftFixesLabelled() {
        signInAsStaff();
        open("/report.html");
        awaitStaffMode();
        type("#title", BADGE_DRAFT);
        WebElement fix = item("#suggestion-list li", BADGE_DRAFT);
        assertEquals(List.of("Draft"), texts(fix, ".badge"));
    }

    @Test
    void staffSeeWhyEachSearchResultWasFound() {
        signInAsStaff();
        open("/?q=wristband+labels");
        awaitStaffMode();
        WebElement result = item(".result", WRISTBAND);
        openAndCheck(
                result.findElement(By.cssSelector("details.why")), "Why this result?", "wristband · as typed · in ");
        assertTrue(
                requests("/api/search").stream().anyMatch(request -> request.contains("explain=true")),
                requests("/api/search").toString());
    }

    @Test
    void anonymousReadersAreNeitherToldWhyNorAskForIt() {
        open("/report.html");
        type("#title", "wristband printer");
        item("#suggestion-list li", WRISTBAND);
        assertTrue(browser.findAll(".why").isEmpty(), "no explanation on the report page");
        List<String> suggests = requests("/api/suggest");
        assertFalse(suggests.isEmpty());
        assertTrue(suggests.stream().noneMatch(request -> request.contains("explain")), suggests.toString());

        open("/?q=wristband");
        item(".result", WRISTBAND);
        assertTrue(browser.findAll(".why").isEmpty(), "no explanation on the search page");
        List<String> searches = requests("/api/search");
        assertFalse(searches.isEmpty());
        assertTrue(searches.stream().noneMatch(request -> request.contains("explain")), searches.toString());
    }
}
