package fixbank.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.config.PageSettings;
import fixbank.server.http.TestServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages on a server that lists its clinical units: on the report page "Which unit are you on?" asked once
 * and remembered in the browser, the unit's IT point person beside the form, and the unit handed to the
 * ticketing system with the report; articles written for a unit say so.
 */
class UnitPagesTest extends BrowserTest {

    private static final String UNITS = """
            - unit: Ward 4 North (Respiratory)
              contact: Sam Okoro, clinical systems
              phone: bleep 4455
            - unit: Pharmacy
              contact: Lee Carter, medication systems
              phone: bleep 2210
              hours: Mon-Sat 08:00-17:00
              escalation: On-call pharmacist, then the IT on-call via switchboard
            """;

    private static ThirdPartySite ticketDesk;

    @BeforeAll
    static void startWithUnits() throws IOException {
        ticketDesk = ThirdPartySite.start();
        start(List.of(), Optional.of(URI.create(ticketDesk.ticketAddress())));
        server.add(Map.of(
                "units.yaml",
                UNITS,
                "printing/pharmacy-labels-shifted.md",
                "---\ntitle: Pharmacy labels print shifted\nunits: [Pharmacy]\nupdated: 2026-10-01\n---\n"
                        + "## Symptoms\nDispensing labels come out shifted.\n"));
    }

    @AfterAll
    static void stopTicketDesk() {
        ticketDesk.close();
    }

    private static WebElement question() {
        return browser.await(
                () -> "the unit question",
                driver -> browser.find("#unit-form").isDisplayed() ? browser.find("#unit-form") : null);
    }

    private static void choose(String unit) {
        new Select(browser.find("#unit-choice")).selectByVisibleText(unit);
        browser.find("#unit-form button[type='submit']").click();
    }

    private static String currentUnit() {
        return browser.await(
                () -> "the unit chosen",
                driver -> browser.find("#unit-current").isDisplayed()
                        ? browser.find("#unit-current").getText()
                        : null);
    }

    private static String sendReport(String title) {
        type("#title", title);
        browser.await(
                        () -> "the send button",
                        driver -> browser.findAll("#send-report").stream()
                                .findFirst()
                                .orElse(null))
                .click();
        browser.await(
                () -> "the ticket form",
                driver -> browser.driver.getCurrentUrl().startsWith(ticketDesk.origin()));
        return ticketDesk.lastTicketQuery().orElseThrow();
    }

    @Test
    void theUnitIsAskedOnceRememberedAndHandedOnWithTheReport() {
        open("/report.html");
        assertEquals(
                "Which unit are you on?",
                question().findElement(org.openqa.selenium.By.tagName("label")).getText());
        assertEquals(
                List.of("Choose your unit", "Ward 4 North (Respiratory)", "Pharmacy", "Not on a unit / other"),
                browser.texts("#unit-choice option"));
        assertEquals("", browser.find("#point-person").getText(), "no point person before a unit is chosen");

        browser.find("#unit-form button[type='submit']").click();
        assertTrue(browser.find("#unit-error").isDisplayed(), "saving nothing says what to do");
        assertEquals("true", browser.find("#unit-choice").getAttribute("aria-invalid"));

        choose("Pharmacy");
        assertEquals("Your unit: Pharmacy Change", currentUnit());
        assertEquals("unit-current", browser.driver.switchTo().activeElement().getAttribute("id"));
        WebElement pointPerson = browser.find("#point-person");
        assertEquals("status", pointPerson.getAttribute("role"));
        assertEquals(
                "Your IT point person: Lee Carter, medication systems\n"
                        + "Phone or bleep: bleep 2210\n"
                        + "Hours: Mon-Sat 08:00-17:00\n"
                        + "If they cannot be reached: On-call pharmacist, then the IT on-call via switchboard",
                pointPerson.getText());

        browser.driver.navigate().refresh();
        assertEquals("Your unit: Pharmacy Change", currentUnit(), "remembered in this browser");
        assertFalse(browser.find("#unit-form").isDisplayed(), "asked once");
        assertTrue(browser.find("#point-person").getText().startsWith("Your IT point person: Lee Carter"));

        String query = sendReport("Label printer skips labels");
        assertEquals("form=it&title=Label+printer+skips+labels&description=&unit=Pharmacy", query);
    }

    @Test
    void theUnitCanBeChangedAndNotBeingOnAUnitSendsNone() {
        open("/report.html");
        question();
        choose("Ward 4 North (Respiratory)");
        assertTrue(browser.find("#point-person").getText().startsWith("Your IT point person: Sam Okoro"));

        browser.find("#unit-change").click();
        assertEquals(
                "Ward 4 North (Respiratory)",
                new Select(browser.find("#unit-choice"))
                        .getFirstSelectedOption()
                        .getText(),
                "the question comes back with the answer given");
        assertEquals("unit-choice", browser.driver.switchTo().activeElement().getAttribute("id"));
        choose("Not on a unit / other");
        assertEquals("Your unit: not on a unit Change", currentUnit());
        assertEquals("", browser.find("#point-person").getText());

        open("/report.html");
        assertEquals("Your unit: not on a unit Change", currentUnit(), "that answer is remembered too");
        assertEquals("form=it&title=Printer+offline&description=", sendReport("Printer offline"));
    }

    @Test
    void knownFixesStillAppearOnAUnit() {
        open("/report.html");
        question();
        choose("Pharmacy");
        currentUnit();
        type("#title", "wristband printer");
        browser.await(
                () -> "the wristband fix, not " + browser.texts("#suggestion-list a"),
                driver -> browser.texts("#suggestion-list a").contains("Wristband printer prints blank labels"));
    }

    @Test
    void whenTheUnitsCannotBeReadThePageWorksAsWithoutThem() throws IOException {
        try (TestServer broken = TestServer.start(
                temp.resolve("broken-units"),
                config -> config.withPages(new PageSettings(Optional.of(URI.create(ticketDesk.ticketAddress())))))) {
            // A folder where the file should be: GET /api/units fails, as on a disk that cannot be read.
            Files.createDirectories(
                    temp.resolve("broken-units").resolve("articles").resolve("units.yaml"));
            browser.open(broken.address("/report.html"));
            browser.await(
                    () -> "the send button",
                    driver ->
                            browser.findAll("#send-report").stream().findFirst().orElse(null));
            takeConsoleProblems(broken.address("/api/units")
                    + " - Failed to load resource: the server responded with a status of 500");
            assertFalse(browser.find("#unit-area").isDisplayed());
            assertFalse(browser.find("#point-person").isDisplayed());
            type("#title", "wristband printer");
            browser.await(
                    () -> "the wristband fix",
                    driver -> browser.texts("#suggestion-list a").contains("Wristband printer prints blank labels"));
        }
    }

    @Test
    void anArticleForAUnitSaysSoInResultsAndOnItsPage() {
        open("/?q=" + "shifted");
        awaitResults("the pharmacy article", List.of("Pharmacy labels print shifted"));
        assertEquals(
                "For Pharmacy · Updated 2026-10-01",
                browser.find(".result-meta").getText());
        open("/articles/printing/pharmacy-labels-shifted");
        browser.await(
                () -> "the article's facts",
                driver -> browser.findAll(".article-facts").size() == 1);
        assertTrue(
                browser.find(".article-facts").getText().contains("UNITS\nPharmacy"),
                browser.find(".article-facts").getText());
    }
}
