package fixbank.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/** The widget on a ticketing system's own page, on an origin the server allows and on one it does not. */
class WidgetTest extends BrowserTest {

    private static final String WIDGET_LINK_COLOUR = "rgba(10, 88, 168, 1)";

    private static ThirdPartySite allowedSite;
    private static ThirdPartySite otherSite;

    @BeforeAll
    static void startSites() throws IOException {
        allowedSite = ThirdPartySite.start();
        otherSite = ThirdPartySite.start();
        start(List.of(allowedSite.origin()), Optional.empty());
        allowedSite.useFixbank(server.address(""));
        otherSite.useFixbank(server.address(""));
    }

    @AfterAll
    static void stopSites() {
        allowedSite.close();
        otherSite.close();
    }

    private static WebElement widget() {
        return browser.find("#fixbank-suggestions");
    }

    private static List<WebElement> suggestionLinks() {
        SearchContext shadow = widget().getShadowRoot();
        return Browser.findAll(shadow, "a");
    }

    private static void typeTicket(String subject) {
        type("#subject", subject);
    }

    private static String awaitState(String... expected) {
        List<String> states = List.of(expected);
        return browser.await(
                () -> "the widget in state " + states + ", not " + widget().getAttribute("data-fixbank-state"),
                driver -> states.contains(widget().getAttribute("data-fixbank-state"))
                        ? widget().getAttribute("data-fixbank-state")
                        : null);
    }

    @Test
    void widgetShowsKnownFixesOnAnAllowedOrigin() {
        browser.open(allowedSite.formAddress(true));
        typeTicket("wristband printer labels blank");
        awaitState("shown");
        WebElement first = suggestionLinks().get(0);
        assertEquals("Wristband printer prints blank labels", first.getText());
        String href = first.getAttribute("href");
        assertTrue(
                href.matches(Pattern.quote(server.address("/articles/printing/wristband-printer-blank?journey="))
                        + "[A-Za-z0-9_-]{22}"),
                "the link names the ticket's journey: " + href);
        assertEquals("_blank", first.getAttribute("target"), "the ticket being typed stays open");
        assertEquals(WIDGET_LINK_COLOUR, first.getCssValue("color"), "the widget's styles apply, the page's do not");
    }

    @Test
    void aTicketNoKnownFixMatchesGetsTheNoFixNotice() {
        browser.open(allowedSite.formAddress(true));
        awaitState("idle");
        assertFalse(
                widget().getShadowRoot().findElement(By.cssSelector(".panel")).isDisplayed(), "nothing typed");
        typeTicket(ReportPageTest.NOTHING_MATCHES);
        awaitState("empty");
        SearchContext shadow = widget().getShadowRoot();
        WebElement notice = shadow.findElement(By.cssSelector("p.none"));
        assertTrue(notice.isDisplayed(), "the notice is shown, not an empty panel");
        assertTrue(notice.getText().contains("service desk"), notice.getText());
        assertTrue(suggestionLinks().isEmpty(), "no weak fixes");
        assertFalse(shadow.findElement(By.cssSelector(".heading")).isDisplayed(), "no heading over nothing");

        typeTicket("wristband printer labels blank");
        awaitState("shown");
        assertEquals(
                "Wristband printer prints blank labels",
                suggestionLinks().get(0).getText());
        assertFalse(notice.isDisplayed(), "the notice goes once a fix matches");
    }

    @Test
    void widgetAddsOneGlobalAndNoStylesToThePage() {
        browser.open(allowedSite.formAddress(false));
        List<String> before = globals();
        browser.open(allowedSite.formAddress(true));
        List<String> added = new ArrayList<>(globals());
        added.removeAll(before);
        assertEquals(List.of("FixbankWidget"), added);
        assertEquals(1L, browser.script("return document.styleSheets.length"), "only the page's own style sheet");
    }

    @Test
    void anOriginNotAllowedGetsNoSuggestions() {
        browser.open(otherSite.formAddress(true));
        typeTicket("wristband printer labels blank");
        awaitState("failed");
        assertTrue(suggestionLinks().isEmpty());
        takeConsoleProblems(
                "has been blocked by CORS policy",
                server.address("/api/suggest") + " - Failed to load resource: net::ERR_FAILED",
                "FixbankWidget: no suggestions from " + server.address(""));
    }

    @Test
    void exampleWidgetPageWorksUnderAStrictContentPolicy() {
        open("/widget-example.html");
        typeTicket("printer offline");
        awaitState("shown");
        WebElement first = suggestionLinks().get(0);
        assertEquals("Printer shows offline", first.getText());
        assertEquals(WIDGET_LINK_COLOUR, first.getCssValue("color"), "styles are not refused by the page's policy");
    }

    @Test
    void eachFixAsksWhetherItSolvedTheProblem() {
        browser.open(allowedSite.formAddress(true));
        typeTicket("wristband printer labels blank");
        awaitState("shown");
        SearchContext shadow = widget().getShadowRoot();
        List<WebElement> items = Browser.findAll(shadow, "li");
        assertEquals(items.size(), Browser.findAll(shadow, "li .feedback").size(), "one per fix");
        WebElement fix = items.get(0);
        assertEquals(
                "Wristband printer prints blank labels",
                fix.findElement(By.cssSelector("a")).getText());
        assertEquals("Solved it?", fix.findElement(By.cssSelector(".question")).getText());
        assertEquals(
                "Did “Wristband printer prints blank labels” solve your problem?",
                fix.findElement(By.cssSelector(".ask")).getAttribute("aria-label"));

        fix.findElement(By.cssSelector("button.no")).click();
        WebElement details = fix.findElement(By.cssSelector("form.details"));
        browser.await(() -> "the reasons", driver -> details.isDisplayed());
        Browser.findAll(details, "label").stream()
                .filter(label -> label.getText().equals("It is hard to follow"))
                .findFirst()
                .orElseThrow()
                .click();
        details.findElement(By.cssSelector("textarea")).sendKeys("Which way round is the ribbon?");
        details.findElement(By.cssSelector("button.send")).click();
        WebElement done = fix.findElement(By.cssSelector(".done"));
        browser.await(() -> "the thanks", driver -> done.isDisplayed());
        assertEquals("Thank you — your answer was recorded. Change my answer", done.getText());
        assertTrue(browser.driver.getCurrentUrl().startsWith(allowedSite.origin()), "the ticket form stays");

        Map<String, String> article = InsightsPage.awaitRow(
                browser,
                server,
                "articles",
                "the wristband fix called not helpful",
                row -> row.get("Article").equals("Wristband printer prints blank labels")
                        && row.get("Not helpful").equals("1"));
        assertEquals("It is hard to follow: 1", article.get("Why not"));
    }

    @Test
    void submittingTheTicketFormTellsFixbankItWasSentAnyway() {
        browser.open(allowedSite.formAddress(true));
        typeTicket("wristband printer labels blank");
        awaitState("shown");
        browser.find("#create-ticket").click();
        browser.await(
                () -> "the form sent",
                driver -> browser.driver.getCurrentUrl().startsWith(allowedSite.origin() + "/form.html?"));
        InsightsPage.awaitTotals(browser, server, Map.of("Sent anyway", "1"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void bindTellsTheJourneyAndTakesATicketSentSomeOtherWay() {
        browser.open(allowedSite.formAddress(true));
        List<String> journeys = (List<String>) browser.script("""
                const widget = FixbankWidget.bind({ title: '#subject', description: '#details' });
                const first = widget.journey;
                return widget.ticketSent().then(() => [first, widget.journey, typeof widget.refresh]);
                """);
        assertTrue(journeys.get(0).matches("[A-Za-z0-9_-]{22}"), journeys.toString());
        assertTrue(journeys.get(1).matches("[A-Za-z0-9_-]{22}"), journeys.toString());
        assertFalse(journeys.get(0).equals(journeys.get(1)), "a sent ticket's journey ends");
        assertEquals("function", journeys.get(2));
    }

    @SuppressWarnings("unchecked")
    private static List<String> globals() {
        return (List<String>) browser.script("return Object.getOwnPropertyNames(window)");
    }
}
