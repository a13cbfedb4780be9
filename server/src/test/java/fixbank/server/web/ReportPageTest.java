package fixbank.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.http.TestServer;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class ReportPageTest extends BrowserTest {

    private static final String WRISTBAND = "Wristband printer prints blank labels";

    private static ThirdPartySite ticketDesk;

    @BeforeAll
    static void startWithTicketDesk() throws IOException {
        ticketDesk = ThirdPartySite.start();
        start(List.of(), Optional.of(URI.create(ticketDesk.ticketAddress())));
    }

    @AfterAll
    static void stopTicketDesk() {
        ticketDesk.close();
    }

    private static List<String> suggestionTitles() {
        return browser.texts("#suggestion-list a");
    }

    private static void awaitSuggestion(String title) {
        browser.await(
                () -> "the suggestion " + title + " among " + suggestionTitles(),
                driver -> suggestionTitles().contains(title));
    }

    private static WebElement sendButton() {
        return browser.await(
                () -> "the send button",
                driver -> browser.findAll("#send-report").stream().findFirst().orElse(null));
    }

    @Test
    void knownFixesAppearWhileTheProblemIsTyped() {
        open("/report.html");
        assertTrue(suggestionTitles().isEmpty());
        type("#title", "wristband printer");
        awaitSuggestion(WRISTBAND);
        assertTrue(browser.find("#suggestions-status").getText().contains("match what you typed"));
    }

    @Test
    void whatWasTypedSurvivesOpeningASuggestionAndComingBack() {
        open("/report.html");
        type("#title", "Labels come out blank");
        type("#description", "The wristband printer on 4 West feeds labels but nothing is printed on them.");
        awaitSuggestion(WRISTBAND);

        browser.driver.findElement(By.linkText(WRISTBAND)).click();
        browser.await(
                () -> "the article",
                driver -> browser.find("#article h1").getText().startsWith(WRISTBAND));
        browser.driver.navigate().back();
        browser.await(
                () -> "the report page again",
                driver -> browser.findAll("#title").size() == 1);
        assertEquals("Labels come out blank", browser.find("#title").getAttribute("value"));
        assertTrue(browser.find("#description").getAttribute("value").startsWith("The wristband printer on 4 West"));
        awaitSuggestion(WRISTBAND);

        open("/");
        browser.driver.findElement(By.linkText("Report a problem")).click();
        browser.await(
                () -> "the draft kept for the tab",
                driver -> "Labels come out blank".equals(browser.find("#title").getAttribute("value")));
    }

    @Test
    void sendingHandsTheTextToTheTicketingSystem() {
        open("/report.html");
        type("#title", "Labels blank & faint");
        type("#description", "Ward 4 West, printer RG-4W-LBL02.");
        sendButton().click();
        browser.await(
                () -> "the ticket form",
                driver -> browser.driver.getCurrentUrl().startsWith(ticketDesk.origin()));
        assertEquals(
                "form=it&title=Labels+blank+%26+faint&description=Ward+4+West%2C+printer+RG-4W-LBL02.",
                ticketDesk.lastTicketQuery().orElseThrow());

        open("/report.html");
        assertEquals("", browser.find("#title").getAttribute("value"), "a sent report is not kept");
    }

    @Test
    void aReportNeedsATitle() {
        open("/report.html");
        sendButton().click();
        assertTrue(browser.find("#title-error").isDisplayed());
        assertEquals("title", browser.driver.switchTo().activeElement().getAttribute("id"));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/report.html"));
    }

    @Test
    void withoutATicketAddressThePageSaysSoInsteadOfOfferingAButton() throws IOException {
        try (TestServer plain = TestServer.start(temp.resolve("plain"))) {
            browser.open(plain.address("/report.html"));
            browser.await(
                    () -> "the explanation",
                    driver -> browser.findAll("#not-configured").size() == 1);
            assertTrue(browser.find("#not-configured").getText().contains("no ticketing system is set up"));
            assertFalse(browser.findAll("button[type='submit']").stream().anyMatch(button -> button.isDisplayed()));
        }
    }
}
