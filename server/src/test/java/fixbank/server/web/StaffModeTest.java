package fixbank.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.http.TestServer;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

class StaffModeTest extends BrowserTest {

    private static final String SPOOLER = "Restart the print spooler on the print server";

    @BeforeAll
    static void start() throws IOException {
        start(List.of(), Optional.empty());
    }

    private static void signIn(String token) {
        browser.find("#staff-sign-in").click();
        type("#staff-token", token, Keys.ENTER);
    }

    private static List<String> badgesOf(String title) {
        return browser.findAll(".result").stream()
                .filter(result -> result.getText().startsWith(title))
                .flatMap(result -> Browser.findAll(result, ".badge").stream().map(badge -> badge.getText()))
                .toList();
    }

    @Test
    void internalArticlesStayHiddenWithoutAToken() {
        open("/?q=spooler");
        browser.await(
                () -> "no results",
                driver -> browser.find("#result-status").getText().startsWith("No fixes found"));
        assertTrue(resultTitles().isEmpty());
        open("/articles/printing/print-server-spooler");
        browser.await(
                () -> "not found",
                driver -> browser.find("#article h1").getText().equals("Article not found"));
        takeConsoleProblems(failedToLoad("/api/articles/printing/print-server-spooler", 404));
    }

    @Test
    void aWrongTokenIsRefusedClearly() {
        open("/");
        signIn("not-the-right-token-0000");
        browser.await(
                () -> "a refusal",
                driver -> browser.find("#staff-message").getText().contains("not accepted"));
        assertTrue(browser.findAll(".staff-label").isEmpty());
        assertNull(browser.script("return sessionStorage.getItem('fixbank.staffToken')"));
        takeConsoleProblems(failedToLoad("/api/me", 401));

        browser.find("#staff-token").sendKeys(Keys.ESCAPE);
        assertFalse(browser.find("#staff-form").isDisplayed(), "Escape closes the sign-in");
        assertEquals("staff-sign-in", browser.driver.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void aStoredTokenIsStaffModeOnlyWhenTheServerAcceptsIt() {
        open("/");
        browser.script("sessionStorage.setItem('fixbank.staffToken', 'a-token-the-server-never-issued')");
        open("/?q=spooler");
        browser.await(
                () -> "the page saying the token was refused",
                driver -> browser.find("#staff-notice").getText().contains("no longer accepted"));
        browser.await(
                () -> "an anonymous search",
                driver -> browser.find("#result-status").getText().startsWith("No fixes found"));
        assertFalse(browser.find(".staff-banner").isDisplayed());
        assertTrue(browser.findAll(".staff-label").isEmpty());
        assertTrue(browser.find("#staff-sign-in").isDisplayed(), "the sign-in is offered again");
        assertNull(browser.script("return sessionStorage.getItem('fixbank.staffToken')"), "the token is forgotten");
        takeConsoleProblems(failedToLoad("/api/me", 401));

        open("/report.html");
        assertEquals("", browser.find("#staff-notice").getText(), "said once, then forgotten with the token");
    }

    @Test
    void aStoredTokenTheServerAcceptsShowsWhoIsSignedInOnEveryPage() {
        open("/");
        browser.script("sessionStorage.setItem('fixbank.staffToken', arguments[0])", TestServer.STAFF_TOKEN);
        for (String page : List.of("/report.html", "/articles/printing/printer-offline", "/no-such-page")) {
            open(page);
            browser.await(
                    () -> page + " in staff mode",
                    driver -> browser.findAll("#staff-name").stream()
                            .anyMatch(name -> name.getText().equals("Signed in as " + TestServer.STAFF_NAME)));
            assertTrue(browser.find(".staff-banner").isDisplayed(), page);
        }
        takeConsoleProblems(failedToLoad("/no-such-page", 404));
    }

    @Test
    void staffSeeInternalArticlesAndDraftsLabelledUntilTheySignOut() {
        open("/?q=spooler");
        browser.await(
                () -> "no results",
                driver -> browser.find("#result-status").getText().startsWith("No fixes found"));
        signIn(TestServer.STAFF_TOKEN);
        browser.await(
                () -> "staff mode",
                driver -> browser.find(".staff-label").getText().equals("Staff mode"));
        assertEquals(
                "Signed in as " + TestServer.STAFF_NAME,
                browser.find("#staff-name").getText());
        awaitResults("the internal article", List.of(SPOOLER));
        assertEquals(List.of("Internal"), badgesOf(SPOOLER));
        assertTrue(browser.find(".staff-banner").isDisplayed());
        assertEquals(TestServer.STAFF_TOKEN, browser.script("return sessionStorage.getItem('fixbank.staffToken')"));
        assertEquals(0L, browser.script("return localStorage.length"), "the token is kept for the session only");

        open("/?tags=access");
        browser.await(
                () -> "the draft and the article in review",
                driver -> resultTitles().contains("Badge tap does nothing")
                        && resultTitles().contains("Unlock an account in Active Directory"));
        assertEquals(List.of("Draft"), badgesOf("Badge tap does nothing"));
        assertEquals(List.of("Internal", "In review"), badgesOf("Unlock an account in Active Directory"));

        browser.find("input[data-facet='status:draft']").click();
        browser.await(() -> "drafts left out", driver -> !resultTitles().contains("Badge tap does nothing"));
        assertTrue(
                browser.driver.getCurrentUrl().endsWith("/?tags=access&status=published,review"),
                browser.driver.getCurrentUrl());

        open("/articles/printing/print-server-spooler");
        browser.await(
                () -> "the internal article",
                driver -> browser.find("#article h1").getText().startsWith(SPOOLER));
        assertEquals("Internal", browser.find("#article h1 .badge").getText());

        browser.find("#staff-sign-out").click();
        browser.await(
                () -> "not found once signed out",
                driver -> browser.find("#article h1").getText().equals("Article not found"));
        assertFalse(browser.find(".staff-banner").isDisplayed());
        takeConsoleProblems(failedToLoad("/api/articles/printing/print-server-spooler", 404));
    }
}
