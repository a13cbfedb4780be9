package fixbank.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.config.PageSettings;
import fixbank.server.http.TestServer;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

class ReportPageTest extends BrowserTest {

    private static final String WRISTBAND = "Wristband printer prints blank labels";
    /** Words in no article, nor near the spelling of any word in one. */
    static final String NOTHING_MATCHES = "zzqx wibble frobnicate";

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

    /** The draft's journey id, as the page keeps it with the draft for the tab. */
    private static String draftJourney() {
        return (String) browser.script("return JSON.parse(sessionStorage.getItem('fixbank.reportDraft'))?.journey");
    }

    /** The known fix's list item, by its title. */
    private static WebElement suggestion(String title) {
        return browser.findAll("#suggestion-list li").stream()
                .filter(item -> item.findElement(By.cssSelector("a")).getText().equals(title))
                .findFirst()
                .orElseThrow();
    }

    /** A server of its own, so the insights page counts one test's ticket alone. */
    private static TestServer serverOfItsOwn(String name) throws IOException {
        return TestServer.start(
                temp.resolve(name),
                config -> config.withPages(new PageSettings(Optional.of(URI.create(ticketDesk.ticketAddress())))));
    }

    /** Types a ticket on {@code own}'s report page and opens the wristband fix it suggests, in the same tab. */
    private static String typeTicketAndOpenTheFix(TestServer own) {
        browser.open(own.address("/report.html"));
        type("#title", "Wristband labels blank");
        type("#description", "The wristband printer feeds labels but nothing is printed on them.");
        awaitSuggestion(WRISTBAND);
        String journey = draftJourney();
        browser.click(By.linkText(WRISTBAND));
        browser.await(
                () -> "the article",
                driver -> browser.findAll("#article h1").stream()
                        .anyMatch(h1 -> h1.getText().startsWith(WRISTBAND)));
        assertTrue(
                browser.driver
                        .getCurrentUrl()
                        .endsWith("/articles/printing/wristband-printer-blank?journey=" + journey),
                browser.driver.getCurrentUrl());
        return journey;
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
        assertFalse(browser.find("#unit-area").isDisplayed(), "a server that lists no units asks for none");
    }

    @Test
    void aTicketNoKnownFixMatchesGetsACalmNoticeInsteadOfWeakFixes() {
        open("/report.html");
        WebElement status = browser.find("#suggestions-status");
        assertEquals("Known fixes will appear here as you type.", status.getText(), "nothing typed, nothing said");
        assertFalse(status.getAttribute("class").contains("no-fix"));

        type("#title", NOTHING_MATCHES);
        browser.await(
                () -> "the no-fix notice, not " + status.getText() + " " + suggestionTitles(),
                driver -> status.getAttribute("class").contains("no-fix"));
        assertTrue(status.getText().contains("service desk"), status.getText());
        assertTrue(browser.findAll("#suggestion-list li").isEmpty(), "no weak fixes: " + suggestionTitles());
        assertFalse(browser.find("#suggestion-list").isDisplayed());

        type("#description", "The wristband printer feeds labels but they come out blank.");
        awaitSuggestion(WRISTBAND);
        assertFalse(status.getAttribute("class").contains("no-fix"), "the form stays in use: more detail finds a fix");
        sendButton().click();
        browser.await(
                () -> "the ticket form",
                driver -> browser.driver.getCurrentUrl().startsWith(ticketDesk.origin()));
        assertTrue(ticketDesk.lastTicketQuery().orElseThrow().contains("title=zzqx+wibble+frobnicate"));
    }

    @Test
    void whatWasTypedSurvivesOpeningASuggestionAndComingBack() {
        open("/report.html");
        type("#title", "Labels come out blank");
        type("#description", "The wristband printer on 4 West feeds labels but nothing is printed on them.");
        awaitSuggestion(WRISTBAND);

        browser.click(By.linkText(WRISTBAND));
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
    void eachKnownFixAsksWhetherItSolvedTheProblemAndKeepsTheAnswer() {
        open("/report.html");
        type("#title", "Wristband printer");
        awaitSuggestion(WRISTBAND);
        String journey = draftJourney();
        assertTrue(journey.matches("[A-Za-z0-9_-]{22}"), journey);
        List<WebElement> items = browser.findAll("#suggestion-list li");
        assertEquals(
                items.size(),
                browser.findAll("#suggestion-list li .feedback-compact").size(),
                "one per fix");
        for (WebElement item : items) {
            assertTrue(
                    item.findElement(By.cssSelector("a")).getAttribute("href").endsWith("?journey=" + journey),
                    "links name the draft's journey");
        }

        WebElement fix = suggestion(WRISTBAND);
        assertEquals(
                "Solved it?",
                fix.findElement(By.cssSelector(".feedback-question")).getText());
        assertEquals(
                List.of("Yes", "No"),
                Browser.findAll(fix, ".feedback-ask button").stream()
                        .map(WebElement::getText)
                        .toList());
        assertEquals(
                "Did “" + WRISTBAND + "” solve your problem?",
                fix.findElement(By.cssSelector(".feedback-ask")).getAttribute("aria-label"));
        fix.findElement(By.cssSelector(".feedback-no")).click();
        browser.await(
                () -> "the reasons",
                driver -> fix.findElement(By.cssSelector(".feedback-details")).isDisplayed());
        assertTrue(
                browser.driver.switchTo().activeElement().getText().startsWith("Sorry it did not help."),
                "focus moves to what comes next");
        fix.findElement(By.xpath(".//label[text()='It is hard to follow']")).click();
        fix.findElement(By.cssSelector("textarea")).sendKeys("Which lid?");
        fix.findElement(By.cssSelector(".feedback-send")).click();
        browser.await(
                () -> "the thanks",
                driver -> fix.findElement(By.cssSelector(".feedback-done")).isDisplayed());
        assertEquals(
                "Thank you — your answer was recorded. Change my answer",
                fix.findElement(By.cssSelector(".feedback-done")).getText());

        type("#description", "Since this morning.");
        browser.await(
                () -> "the fixes shown again, the answer kept",
                driver -> suggestion(WRISTBAND)
                        .findElement(By.cssSelector(".feedback-done"))
                        .isDisplayed());
        assertEquals(journey, draftJourney(), "the same draft, the same journey");

        browser.find("#title").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.find("#description").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.await(
                () -> "the draft and its fixes cleared",
                driver -> draftJourney() == null
                        && browser.findAll("#suggestion-list li").isEmpty());
        type("#title", "Wristband printer");
        String next = browser.await(() -> "a new journey", driver -> draftJourney());
        assertFalse(journey.equals(next), "a cleared draft starts a new journey");
        awaitSuggestion(WRISTBAND);
        assertEquals(
                "You said this did not solve your problem. Change my answer",
                suggestion(WRISTBAND)
                        .findElement(By.cssSelector(".feedback-done"))
                        .getText(),
                "one answer per reader and article version, which the reader may change for this ticket");
    }

    @Test
    void aFixOpenedAndCalledHelpfulWithoutSendingCountsAsSolved() throws IOException {
        try (TestServer own = serverOfItsOwn("solved")) {
            typeTicketAndOpenTheFix(own);
            browser.find(".feedback-yes").click();
            browser.await(
                    () -> "the thanks",
                    driver -> browser.find(".feedback-done").getText().startsWith("Thank you"));
            browser.driver.navigate().back();
            awaitSuggestion(WRISTBAND);
            browser.await(
                    () -> "the answer given on the article, beside the fix",
                    driver -> suggestion(WRISTBAND)
                            .findElement(By.cssSelector(".feedback-done"))
                            .getText()
                            .equals("You said this solved your problem. Change my answer"));

            InsightsPage.awaitTotals(
                    browser, own, Map.of("Started", "1", "Solved", "1", "Sent anyway", "0", "No outcome", "0"));
            Map<String, String> article = InsightsPage.awaitRow(
                    browser,
                    own,
                    "articles",
                    WRISTBAND,
                    row -> row.get("Article").equals(WRISTBAND));
            assertEquals("1", article.get("Opened"));
            assertEquals("1", article.get("Helpful"));
            assertEquals("1", article.get("Tickets solved"));
        }
    }

    @Test
    void aTicketSentAnywayCountsAsSentAnywayNotSolved() throws IOException {
        try (TestServer own = serverOfItsOwn("sent")) {
            String journey = typeTicketAndOpenTheFix(own);
            browser.driver.navigate().back();
            awaitSuggestion(WRISTBAND);
            assertEquals(journey, draftJourney());
            sendButton().click();
            browser.await(
                    () -> "the ticket form",
                    driver -> browser.driver.getCurrentUrl().startsWith(ticketDesk.origin()));

            InsightsPage.awaitTotals(
                    browser, own, Map.of("Started", "1", "Solved", "0", "Sent anyway", "1", "No outcome", "0"));
            Map<String, String> article = InsightsPage.awaitRow(
                    browser,
                    own,
                    "articles",
                    WRISTBAND,
                    row -> row.get("Article").equals(WRISTBAND));
            assertEquals("1", article.get("Sent after opening"));
            assertEquals("0", article.get("Tickets solved"));
        }
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
