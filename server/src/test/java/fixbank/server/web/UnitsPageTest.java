package fixbank.server.web;

import static fixbank.server.http.TestServer.ADMIN_TOKEN;
import static fixbank.server.http.TestServer.EDITOR_TOKEN;
import static fixbank.server.http.TestServer.STAFF_TOKEN;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The units page (#14): admins keep the list of clinical units and their IT point people, which is written to
 * units.yaml and offered at once by the report page; nobody else gets the form; a list changed on disk since
 * the page was opened is never overwritten unasked.
 */
class UnitsPageTest extends BrowserTest {

    private static final String UNITS = """
            # Who the wards call first.
            - unit: Ward 4 North (Respiratory)
              contact: Sam Okoro, clinical systems
              phone: bleep 4455
            - unit: Pharmacy
              contact: Lee Carter, medication systems
              hours: Mon-Sat 08:00-17:00
            """;
    private static final Map<String, String> RENAL = Map.of(
            "name", "Ward 9 (Renal)",
            "contact", "Ade Bello, renal systems",
            "phone", "bleep 3301",
            "hours", "Mon-Fri 08:00-16:00",
            "escalation", "Service Desk, extension 5100");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path unitsFile;

    @BeforeAll
    static void start() throws IOException {
        start(List.of(), Optional.empty());
        unitsFile = temp.resolve("server").resolve("articles").resolve("units.yaml");
    }

    /** Every test starts from the same two units on disk. */
    @BeforeEach
    void twoUnits() throws IOException {
        server.add(Map.of("units.yaml", UNITS));
    }

    @Test
    void anAdminAddsAUnitAndTheReportPageOffersItAtOnce() throws Exception {
        UnitsPage.openAs(browser, server, ADMIN_TOKEN);
        assertTrue(UnitsPage.formShown(browser));
        assertTrue(navEntry().isDisplayed(), "admins have a nav entry");
        assertTrue(
                browser.find(".units-file").getText().contains("units.yaml"), "the page says where the list is kept");
        assertEquals(List.of("Ward 4 North (Respiratory)", "Pharmacy"), UnitsPage.names(browser));
        assertEquals(
                "Pharmacy",
                UnitsPage.unit(browser, 1).findElement(By.tagName("legend")).getText());
        assertEquals("2 units", browser.find("#units-count").getText());

        browser.find("#units-add").click();
        WebElement added = UnitsPage.unit(browser, 2);
        assertEquals("New unit", added.findElement(By.tagName("legend")).getText());
        assertEquals(
                added.findElement(By.cssSelector("input[name='name']")),
                browser.driver.switchTo().activeElement(),
                "the new unit's name has the focus");
        RENAL.forEach((name, text) -> UnitsPage.fill(browser, 2, name, text));
        assertEquals(
                "Ward 9 (Renal)", added.findElement(By.tagName("legend")).getText(), "the legend follows the name");

        String saved = UnitsPage.save(browser);
        assertTrue(saved.endsWith(": 3 units. The report page offers them now."), saved);
        assertEquals("status", browser.find("#units-message").getAttribute("role"));
        JsonNode renal = units().get(2);
        assertAll(
                () -> assertEquals(3, units().size()),
                () -> assertEquals("Ward 9 (Renal)", renal.get("name").asText()),
                () -> assertEquals(
                        "Ade Bello, renal systems", renal.get("contact").asText()),
                () -> assertEquals("bleep 3301", renal.get("phone").asText()),
                () -> assertEquals("Mon-Fri 08:00-16:00", renal.get("hours").asText()),
                () -> assertEquals(
                        "Service Desk, extension 5100", renal.get("escalation").asText()),
                () -> assertTrue(
                        Files.readString(unitsFile).startsWith("# Who the wards call first.\n"),
                        "the file keeps its comment"));

        open("/report.html");
        browser.await(
                () -> "the unit question", driver -> browser.find("#unit-form").isDisplayed());
        assertTrue(
                browser.texts("#unit-choice option").contains("Ward 9 (Renal)"),
                browser.texts("#unit-choice option").toString());
        new Select(browser.find("#unit-choice")).selectByVisibleText("Ward 9 (Renal)");
        browser.find("#unit-form button[type='submit']").click();
        browser.await(
                () -> "the point person",
                driver -> browser.find("#point-person").getText().startsWith("Your IT point person: Ade Bello"));
    }

    @Test
    void aRemovedUnitCanBeBroughtBackAndIsGoneOnceSaved() throws Exception {
        UnitsPage.openAs(browser, server, ADMIN_TOKEN);
        UnitsPage.remove(browser, 0);
        WebElement removed = browser.find(".unit-removed");
        assertEquals(
                "“Ward 4 North (Respiratory)” is taken out of the list; saving removes it. Undo", removed.getText());
        assertEquals("Undo", browser.driver.switchTo().activeElement().getText(), "the focus is on Undo");
        assertEquals(List.of("Pharmacy"), UnitsPage.names(browser));
        assertEquals("1 unit", browser.find("#units-count").getText());
        assertEquals(2, units().size(), "nothing is written before saving");

        browser.driver.switchTo().activeElement().click();
        assertEquals(List.of("Ward 4 North (Respiratory)", "Pharmacy"), UnitsPage.names(browser), "back in its place");
        assertEquals(
                "Remove this unit", browser.driver.switchTo().activeElement().getText());

        UnitsPage.remove(browser, 0);
        UnitsPage.save(browser);
        assertEquals(List.of("Pharmacy"), names(units()));
        assertTrue(browser.findAll(".unit-removed").isEmpty(), "the form shows the list as saved");
        assertFalse(Files.readString(unitsFile).contains("Ward 4 North"));
    }

    @Test
    void missingNamesAreMarkedAndTheServersRefusalIsShownAndNothingIsWritten() throws Exception {
        UnitsPage.openAs(browser, server, ADMIN_TOKEN);
        UnitsPage.add(browser, Map.of("name", "Theatres"));
        browser.find("#units-save").click();
        String message = UnitsPage.awaitMessage(browser, "Not saved");
        assertEquals("Not saved: a field needs filling in.", message);
        WebElement contact = UnitsPage.unit(browser, 2).findElement(By.cssSelector("input[name='contact']"));
        assertAll(
                () -> assertEquals("true", contact.getAttribute("aria-invalid")),
                () -> assertEquals(
                        contact.getAttribute("id"), UnitsPage.activeId(browser), "the focus is in the field"),
                () -> assertEquals(
                        "Name the unit’s IT point person.",
                        browser.find("#" + contact.getAttribute("id") + "-error")
                                .getText()));

        UnitsPage.fill(browser, 2, "contact", "Dana Okafor, Service Desk");
        UnitsPage.fill(browser, 2, "name", "pharmacy");
        browser.find("#units-save").click();
        UnitsPage.awaitMessage(browser, "The list was not saved.");
        WebElement alert = browser.find("#units-message .error");
        assertAll(
                () -> assertEquals("alert", alert.getAttribute("role")),
                () -> assertEquals("The list was not saved. Unit 'pharmacy' is listed twice.", alert.getText()),
                () -> assertEquals("units-message", UnitsPage.activeId(browser)),
                () -> assertEquals(UNITS, Files.readString(unitsFile)),
                () -> assertEquals(3, UnitsPage.units(browser).size(), "what was typed stays"));
        takeConsoleProblems(failedToLoad("/api/units", 400));
    }

    @Test
    void aFileWithEntriesThePageCannotShowIsNotOverwrittenAndThePageSaysWhy() throws Exception {
        String broken = UNITS + "- unit: Ward 2\n"; // no contact: left out of the list, kept in the file
        server.add(Map.of("units.yaml", broken));
        UnitsPage.openAs(browser, server, ADMIN_TOKEN);
        UnitsPage.add(browser, RENAL);
        browser.find("#units-save").click();
        UnitsPage.awaitMessage(browser, "The list was not saved.");
        takeConsoleProblems(failedToLoad("/api/units", 409));
        WebElement alert = browser.find("#units-message .error");
        assertAll(
                () -> assertTrue(alert.getText().contains("fix the file first"), alert.getText()),
                () -> assertFalse(browser.find("#units-conflict").isDisplayed(), "nobody else changed it"),
                () -> assertEquals(broken, Files.readString(unitsFile)));
    }

    @Test
    void staffAndEditorsAndAnonymousVisitorsGetNoForm() {
        UnitsPage.openAs(browser, server, null);
        WebElement refusal = browser.find("#units-refused");
        assertAll(
                "anonymous",
                () -> assertTrue(refusal.isDisplayed()),
                () -> assertTrue(refusal.getText().contains("Sign in with your staff token"), refusal.getText()),
                () -> assertTrue(browser.find("#units-sign-in").isDisplayed()),
                () -> assertFalse(UnitsPage.formShown(browser)),
                () -> assertFalse(navEntry().isDisplayed()));

        for (String token : List.of(STAFF_TOKEN, EDITOR_TOKEN)) {
            UnitsPage.openAs(browser, server, token);
            WebElement staffRefusal = browser.find("#units-refused");
            assertAll(
                    token,
                    () -> assertTrue(staffRefusal.isDisplayed()),
                    () -> assertTrue(
                            staffRefusal.getText().contains("changing the units list needs the admin role"),
                            staffRefusal.getText()),
                    () -> assertFalse(browser.find("#units-sign-in").isDisplayed(), "signed in already"),
                    () -> assertFalse(UnitsPage.formShown(browser)),
                    () -> assertTrue(browser.findAll("#unit-entries input").isEmpty(), "no fields at all"),
                    () -> assertFalse(navEntry().isDisplayed(), "no nav entry"));
        }
    }

    @Test
    void aListChangedOnDiskIsNotOverwrittenAndTheAdminMayLoadIt() throws Exception {
        UnitsPage.openAs(browser, server, ADMIN_TOKEN);
        UnitsPage.add(browser, RENAL);
        String byHand = UNITS + "- unit: Theatres\n  contact: Dana Okafor, Service Desk\n";
        server.add(Map.of("units.yaml", byHand)); // a hand edit or a git pull while the page is open

        browser.find("#units-save").click();
        WebElement panel = UnitsPage.awaitConflict(browser);
        takeConsoleProblems(failedToLoad("/api/units", 409));
        assertAll(
                () -> assertEquals(
                        "Not saved: someone else changed the list",
                        panel.findElement(By.tagName("h2")).getText()),
                () -> assertEquals("units-conflict", UnitsPage.activeId(browser), "the panel has the focus"),
                () -> assertTrue(panel.getText().contains("Nothing was written"), panel.getText()),
                () -> assertEquals(byHand, Files.readString(unitsFile), "nothing written"),
                () -> assertEquals(
                        List.of("Ward 4 North (Respiratory)", "Pharmacy", "Theatres"), UnitsPage.theirNames(browser)),
                () -> assertEquals(
                        List.of("Ward 4 North (Respiratory)", "Pharmacy", "Ward 9 (Renal)"),
                        UnitsPage.names(browser),
                        "what the admin typed stays until they choose"));

        browser.find("#units-load-theirs").click();
        assertAll(
                () -> assertFalse(panel.isDisplayed()),
                () -> assertEquals(
                        List.of("Ward 4 North (Respiratory)", "Pharmacy", "Theatres"), UnitsPage.names(browser)),
                () -> assertEquals(
                        "Their list is in the form now; your unsaved changes were dropped.",
                        UnitsPage.message(browser)));
        UnitsPage.add(browser, RENAL);
        UnitsPage.save(browser);
        assertEquals(List.of("Ward 4 North (Respiratory)", "Pharmacy", "Theatres", "Ward 9 (Renal)"), names(units()));
    }

    @Test
    void anAdminWhoHasSeenTheOtherListMaySaveTheirsOverIt() throws Exception {
        UnitsPage.openAs(browser, server, ADMIN_TOKEN);
        UnitsPage.fill(browser, 1, "phone", "bleep 2210");
        server.add(Map.of("units.yaml", "- unit: Theatres\n  contact: Dana Okafor, Service Desk\n"));

        browser.find("#units-save").click();
        UnitsPage.awaitConflict(browser);
        takeConsoleProblems(failedToLoad("/api/units", 409));
        browser.find("#units-keep-mine").click();
        UnitsPage.awaitMessage(browser, "Saved at");
        assertFalse(browser.find("#units-conflict").isDisplayed());
        List<JsonNode> saved = units();
        assertEquals(List.of("Ward 4 North (Respiratory)", "Pharmacy"), names(saved));
        assertEquals("bleep 2210", saved.get(1).get("phone").asText());
    }

    private static WebElement navEntry() {
        return browser.find(".site-nav a[href='/units.html']");
    }

    private static List<String> names(List<JsonNode> units) {
        return units.stream().map(unit -> unit.get("name").asText()).toList();
    }

    /** The units {@code GET /api/units} lists now, as an anonymous caller would ask. */
    private static List<JsonNode> units() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.address("/api/units")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        List<JsonNode> units = new ArrayList<>();
        JSON.readTree(response.body()).get("units").forEach(units::add);
        return units;
    }
}
