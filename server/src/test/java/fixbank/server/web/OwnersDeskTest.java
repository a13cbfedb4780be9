package fixbank.server.web;

import static fixbank.server.http.TestServer.EDITOR_TOKEN;
import static fixbank.server.http.TestServer.STAFF_TOKEN;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The owner's desk on the insights page (#14): for the owner chosen, their articles past their review date,
 * due for review within 30 days, found unhelpful, and waiting for review; with "Anyone" chosen, the table of
 * every article that needs attention, as before.
 */
class OwnersDeskTest extends BrowserTest {

    private static final String OWNER = "Olu Adebayo (Theatres IT)";
    private static final String OVERDUE = "Theatre list printer jams";
    private static final String DUE_SOON = "Anaesthetic machine clock drifts";
    private static final String VOTED_NO = "Recovery bay monitor shows no data";
    private static final String CHANGED = "Scrub sink tablet stays locked";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        start(List.of(), Optional.empty());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        server.add(Map.of(
                "theatres/list-printer-jams.md", article(OVERDUE, today.minusDays(10)),
                "theatres/machine-clock-drifts.md", article(DUE_SOON, today.plusDays(10)),
                "theatres/recovery-monitor-no-data.md", article(VOTED_NO, today.plusYears(1)),
                "theatres/scrub-sink-tablet-locked.md", article(CHANGED, today.plusYears(1))));
        voteNo("theatres/recovery-monitor-no-data", "The monitor was fine; the cable was the problem.");
        EditingCalls calls = new EditingCalls(server);
        Map<String, Object> change =
                EditingCalls.draft(CHANGED, "The tablet by the scrub sink asks for a PIN nobody has.");
        calls.save(EDITOR_TOKEN, "theatres/scrub-sink-tablet-locked", change);
        calls.submit(EDITOR_TOKEN, "theatres/scrub-sink-tablet-locked");
    }

    @Test
    void anOwnersDeskGroupsTheirArticlesByWhatTheyNeed() {
        InsightsPage.openAs(browser, server, STAFF_TOKEN, "?owner=" + URLEncoder.encode(OWNER, StandardCharsets.UTF_8));
        assertEquals(
                OWNER,
                new Select(browser.find("#insights-owner"))
                        .getFirstSelectedOption()
                        .getText());
        assertEquals("Owner’s desk: " + OWNER, InsightsPage.attentionHeading(browser));
        assertFalse(browser.find("#desk-invite").isDisplayed(), "no invitation to choose an owner");
        assertEquals(Optional.empty(), InsightsPage.rows(browser, "attention"), "the desk, not the table");
        assertAll(
                () -> assertEquals(List.of(OVERDUE), InsightsPage.deskTitles(browser, "overdue")),
                () -> assertEquals(List.of(DUE_SOON), InsightsPage.deskTitles(browser, "due-soon")),
                () -> assertEquals(List.of(VOTED_NO), InsightsPage.deskTitles(browser, "unhelpful")),
                () -> assertEquals(List.of(CHANGED), InsightsPage.deskTitles(browser, "waiting")),
                () -> assertEquals(
                        "Past their review date (1)",
                        InsightsPage.deskGroup(browser, "overdue").get("heading")),
                () -> assertEquals(
                        "Waiting for review (1)",
                        InsightsPage.deskGroup(browser, "waiting").get("heading")));

        Map<String, String> overdue = InsightsPage.deskItem(browser, "overdue", OVERDUE);
        Map<String, String> unhelpful = InsightsPage.deskItem(browser, "unhelpful", VOTED_NO);
        assertAll(
                "staff read the articles",
                () -> assertEquals("/articles/theatres/list-printer-jams", overdue.get("href")),
                () -> assertTrue(overdue.get("facts").startsWith("Review by "), overdue.toString()),
                () -> assertEquals("/articles/theatres/recovery-monitor-no-data", unhelpful.get("href")),
                () -> assertTrue(unhelpful.get("facts").contains("Called unhelpful"), unhelpful.toString()),
                () -> assertTrue(unhelpful.get("facts").contains("0 helpful, 1 not helpful"), unhelpful.toString()),
                () -> assertTrue(
                        unhelpful.get("comments").contains("The monitor was fine; the cable was the problem."),
                        unhelpful.toString()));

        new Select(browser.find("#insights-owner")).selectByVisibleText("Dana Okafor (Service Desk)");
        InsightsPage.awaitLoaded(browser);
        assertAll(
                "another owner's desk",
                () -> assertEquals("Owner’s desk: Dana Okafor (Service Desk)", InsightsPage.attentionHeading(browser)),
                () -> assertEquals(
                        "Past their review date (0)",
                        InsightsPage.deskGroup(browser, "overdue").get("heading")),
                () -> assertEquals(
                        "None", InsightsPage.deskGroup(browser, "overdue").get("none")),
                () -> assertEquals(
                        List.of("Unlock an account in Active Directory"),
                        InsightsPage.deskTitles(browser, "waiting"),
                        "an article in review"));
    }

    @Test
    void editorsOpenTheirDesksArticlesInTheEditorOrOnTheReviewPage() {
        InsightsPage.openAs(
                browser, server, EDITOR_TOKEN, "?owner=" + URLEncoder.encode(OWNER, StandardCharsets.UTF_8));
        assertAll(
                () -> assertEquals(
                        "/edit.html?id=theatres%2Flist-printer-jams",
                        InsightsPage.deskItem(browser, "overdue", OVERDUE).get("href")),
                () -> assertEquals(
                        "/edit.html?id=theatres%2Frecovery-monitor-no-data",
                        InsightsPage.deskItem(browser, "unhelpful", VOTED_NO).get("href")),
                () -> assertEquals(
                        "/review.html?id=theatres%2Fscrub-sink-tablet-locked",
                        InsightsPage.deskItem(browser, "waiting", CHANGED).get("href")));

        browser.find("#desk-waiting .desk-title").click();
        browser.await(
                () -> "the change on the review page",
                driver -> browser.find("#detail-heading").getText().contains(CHANGED));
    }

    @Test
    void withAnyoneChosenTheTableIsAsBeforeAndTheDeskIsOffered() throws IOException {
        InsightsPage.openAsStaff(browser, server);
        assertEquals("Needs attention", InsightsPage.attentionHeading(browser));
        assertTrue(browser.find("#desk-invite").isDisplayed(), "an invitation to choose an owner");
        assertNull(InsightsPage.deskGroup(browser, "overdue"), "no desk");
        assertEquals(
                List.of("Article", "Owner", "Why", "Helpful", "Not helpful", "Review by", "Recent comments"),
                browser.texts("#attention thead th"));
        List<Map<String, String>> rows = InsightsPage.rows(browser, "attention").orElseThrow();
        assertAll(
                () -> assertEquals("Review date passed", why(rows, OVERDUE)),
                () -> assertEquals("Review due within 30 days", why(rows, DUE_SOON)),
                () -> assertEquals("Called unhelpful", why(rows, VOTED_NO)),
                () -> assertEquals("Awaiting review", why(rows, CHANGED)));

        browser.find("#desk-choose").click();
        assertEquals("insights-owner", browser.driver.switchTo().activeElement().getAttribute("id"));
        new Select(browser.find("#insights-owner")).selectByVisibleText(OWNER);
        InsightsPage.awaitLoaded(browser);
        assertEquals(List.of(OVERDUE), InsightsPage.deskTitles(browser, "overdue"));
        String csv = attentionCsv();
        assertTrue(csv.startsWith("id,title,owner,"), csv);
        assertTrue(csv.contains("theatres/list-printer-jams,"), csv);
        assertFalse(csv.contains("access/unlock-in-ad-review"), "only the owner's articles: " + csv);

        new Select(browser.find("#insights-owner")).selectByVisibleText("Anyone");
        InsightsPage.awaitLoaded(browser);
        assertEquals("Needs attention", InsightsPage.attentionHeading(browser));
        assertEquals(rows, InsightsPage.rows(browser, "attention").orElseThrow());
    }

    /** Presses the needs-attention section's "Download CSV" and reads the file saved. */
    private static String attentionCsv() throws IOException {
        Path downloads = Files.createDirectories(temp.resolve("desk-downloads"));
        browser.driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        downloads.toAbsolutePath().toString()));
        browser.find("#attention [data-csv]").click();
        WebElement link = browser.await(
                () -> "the CSV file offered",
                driver -> browser.findAll("#attention .csv-link").stream()
                        .findFirst()
                        .orElse(null));
        Path file = downloads.resolve(link.getAttribute("download"));
        return browser.await(() -> file + " saved", driver -> {
            try {
                String text = Files.exists(file) ? Files.readString(file) : "";
                return text.contains("\n") ? text : null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static String why(List<Map<String, String>> rows, String title) {
        return rows.stream()
                .filter(row -> row.get("Article").equals(title))
                .findFirst()
                .map(row -> row.get("Why"))
                .orElseThrow(() -> new AssertionError("no row for " + title + " in " + rows));
    }

    private static String article(String title, LocalDate reviewBy) {
        return "---\ntitle: " + title + "\nsummary: What to do when " + title.toLowerCase()
                + ".\ntags: [theatres]\nsystems: [Windows 11]\nvisibility: public\nstatus: published\nowner: " + OWNER
                + "\nupdated: 2026-10-01\nreview_by: " + reviewBy + "\n---\n# " + title
                + "\n\n## Symptoms\n" + title + ".\n\n## Resolution\nCall the Service Desk.\n";
    }

    /** An anonymous reader's "No" with a comment, as the article page sends it. */
    private static void voteNo(String articleId, String comment) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of(
                "articleId",
                articleId,
                "helpful",
                false,
                "reason",
                "did-not-work",
                "comment",
                comment,
                "session",
                UUID.randomUUID().toString().replace("-", "")));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.address("/api/feedback")))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
    }
}
