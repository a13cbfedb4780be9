package fixbank.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.http.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The insights page: refused to anonymous visitors, and for staff what readers did, as tables and CSV files. */
class InsightsPageTest extends BrowserTest {

    private static final String WRISTBAND = "Wristband printer prints blank labels";
    private static final String OFFLINE = "Printer shows offline";

    @BeforeAll
    static void start() throws IOException {
        start(List.of(), Optional.empty());
    }

    @Test
    void anonymousVisitorsAreToldItIsForStaffAndHowToSignIn() throws Exception {
        open("/insights.html");
        WebElement explanation = browser.await(
                () -> "the explanation",
                driver -> browser.findAll("#insights-signed-out").stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        assertTrue(explanation.getText().contains("It is for the IT staff"), explanation.getText());
        assertFalse(browser.find("#insights").isDisplayed());
        assertFalse(navEntry().isDisplayed(), "no nav entry for anonymous visitors");
        assertEquals(401, status(server.address("/api/insights/deflection"), Optional.empty()));
        assertEquals(401, status(server.address("/api/insights/articles?format=csv"), Optional.empty()));

        browser.find("#insights-sign-in").click();
        assertEquals("staff-token", browser.driver.switchTo().activeElement().getAttribute("id"));
        browser.driver.switchTo().activeElement().sendKeys(TestServer.STAFF_TOKEN, Keys.ENTER);
        InsightsPage.awaitLoaded(browser);
        assertFalse(explanation.isDisplayed());
        assertTrue(navEntry().isDisplayed());
        assertEquals("page", navEntry().getAttribute("aria-current"));

        browser.find("#staff-sign-out").click();
        browser.await(() -> "the explanation again", driver -> explanation.isDisplayed());
        assertEquals("", browser.find("#insights").getText(), "nothing recorded stays on the page");
    }

    @Test
    void aNoWithAReasonOnAnArticleShowsOnTheInsightsPageForItsOwner() {
        answerNo("/articles/printing/printer-offline", "It is out of date", "Windows 11 moved this setting.");
        browser.find(".feedback-send").click();
        browser.await(
                () -> "the thanks",
                driver -> browser.find(".feedback-done").getText().startsWith("Thank you — your answer was recorded."));

        Map<String, String> article = InsightsPage.awaitRow(
                browser, server, "articles", OFFLINE, row -> row.get("Article").equals(OFFLINE));
        assertEquals("Dana Okafor (Service Desk)", article.get("Owner"));
        assertEquals("1", article.get("Not helpful"));
        assertEquals("0", article.get("Helpful"));
        assertEquals("It is out of date: 1", article.get("Why not"));

        Map<String, String> attention = InsightsPage.rows(browser, "attention").orElseThrow().stream()
                .filter(row -> row.get("Article").equals(OFFLINE))
                .findFirst()
                .orElseThrow();
        assertTrue(attention.get("Why").contains("Said to be out of date"), attention.toString());
        assertTrue(attention.get("Recent comments").contains("It is out of date"), attention.toString());
        assertTrue(attention.get("Recent comments").contains("Windows 11 moved this setting."), attention.toString());
        assertEquals(
                server.address("/articles/printing/printer-offline"),
                browser.driver.findElement(By.linkText(OFFLINE)).getAttribute("href"));

        new Select(browser.find("#insights-owner")).selectByVisibleText("Dana Okafor (Service Desk)");
        browser.await(
                () -> "the owner in the address",
                driver ->
                        browser.driver.getCurrentUrl().endsWith("/insights.html?owner=Dana+Okafor+%28Service+Desk%29"));
        InsightsPage.awaitLoaded(browser);
        assertTrue(InsightsPage.rows(browser, "attention").orElseThrow().stream()
                .anyMatch(row -> row.get("Article").equals(OFFLINE)));
    }

    @Test
    void aNoLeftWithoutSendingStillCounts() {
        answerNo("/articles/printing/wristband-printer-blank", "It did not work", "Not sent, so not stored.");
        open("/");

        Map<String, String> article = InsightsPage.awaitRow(
                browser,
                server,
                "articles",
                WRISTBAND + " not helpful",
                row -> row.get("Article").equals(WRISTBAND)
                        && row.get("Not helpful").equals("1"));
        assertEquals("It did not work: 1", article.get("Why not"));
        assertTrue(
                InsightsPage.rows(browser, "attention").orElse(List.of()).stream()
                        .noneMatch(
                                row -> row.getOrDefault("Recent comments", "").contains("Not sent")),
                "the comment was not sent");
    }

    @Test
    void searchesNobodyGotAnAnswerFromAreUnansweredQuestions() {
        open("/");
        type("#q", "zzqx frobnicator", Keys.ENTER);
        browser.await(
                () -> "no results",
                driver -> browser.find("#result-status").getText().startsWith("No fixes found"));
        type("#q", "wristband", Keys.ENTER);
        awaitResults("the wristband fix", List.of(WRISTBAND));
        WebElement link = browser.driver.findElement(By.linkText(WRISTBAND));
        assertTrue(link.getAttribute("href")
                .matches(".*/articles/printing/wristband-printer-blank\\?search=[A-Za-z0-9_-]{22}"));
        type("#q", "printer offline", Keys.ENTER);
        browser.await(
                () -> "results for the new words", driver -> resultTitles().contains(OFFLINE));
        browser.driver.findElement(By.linkText(OFFLINE)).click();
        browser.await(
                () -> "the article",
                driver -> browser.findAll("#article h1").stream()
                        .anyMatch(h1 -> h1.getText().startsWith(OFFLINE)));

        Map<String, String> nothingFound = InsightsPage.awaitRow(
                browser,
                server,
                "unanswered",
                "zzqx frobnicator",
                row -> row.get("Kind").equals("No results"));
        assertTrue(nothingFound.get("Most common wording").contains("zzqx"), nothingFound.toString());
        assertEquals("1", nothingFound.get("Times"));
        Map<String, String> notOpened = InsightsPage.awaitRow(
                browser,
                server,
                "unanswered",
                "wristband",
                row -> row.get("Kind").equals("Results not opened"));
        assertTrue(notOpened.get("Most common wording").contains("wristband"), notOpened.toString());
        assertTrue(
                InsightsPage.rows(browser, "unanswered").orElseThrow().stream()
                        .noneMatch(row -> row.get("Most common wording").contains("offline")),
                "a search whose result was opened was answered");
    }

    @Test
    void everyTableCanBeDownloadedAsCsv() throws IOException {
        Path downloads = Files.createDirectories(temp.resolve("downloads"));
        browser.driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of(
                        "behavior",
                        "allow",
                        "downloadPath",
                        downloads.toAbsolutePath().toString()));
        InsightsPage.openAsStaff(browser, server);
        List<WebElement> buttons = browser.findAll("[data-csv]");
        assertEquals(
                List.of("Download CSV", "Download CSV", "Download CSV", "Download CSV"), browser.texts("[data-csv]"));
        for (WebElement button : buttons) {
            String section = button.getAttribute("data-csv");
            button.click();
            WebElement link = browser.await(
                    () -> "the " + section + " file offered",
                    driver -> browser.findAll("#" + section + " .csv-link").stream()
                            .findFirst()
                            .orElse(null));
            assertTrue(link.getAttribute("href").startsWith("blob:"), link.getAttribute("href"));
            String name = link.getAttribute("download");
            assertTrue(name.matches("fixbank-" + section + "-\\d{4}-\\d{2}-\\d{2}\\.csv"), name);
            Path file = downloads.resolve(name);
            browser.await(() -> name + " saved", driver -> Files.exists(file));
            String header = browser.await(() -> name + " written", driver -> firstLine(file));
            assertTrue(
                    Stream.of("week,", "id,", "kind,").anyMatch(header::startsWith), name + " starts with " + header);
        }
    }

    @Test
    void aServerWithNothingRecordedSaysSo() throws IOException {
        try (TestServer fresh = TestServer.start(temp.resolve("fresh"))) {
            InsightsPage.openAsStaff(browser, fresh);
            assertTrue(InsightsPage.emptyText(browser, "deflection").startsWith("Nothing recorded yet."));
            assertEquals("Nothing recorded yet.", InsightsPage.emptyText(browser, "unanswered"));
            assertTrue(browser.findAll("#deflection svg").isEmpty(), "no chart of nothing");
        }
    }

    @Test
    void theChartAndItsTableShowTheWeeks() {
        open("/report.html");
        type("#title", "wristband printer");
        browser.await(
                () -> "known fixes",
                driver -> !browser.findAll("#suggestion-list li").isEmpty());
        InsightsPage.awaitRow(
                browser,
                server,
                "deflection",
                "a ticket started",
                row -> "All weeks".equals(row.get("Week of")) && !"0".equals(row.get("Started")));
        assertEquals(
                List.of("Week of", "Started", "Solved", "Sent anyway", "No outcome", "Solved share"),
                browser.texts("#deflection thead th"));
        WebElement chart = browser.find("#deflection svg");
        assertEquals("img", chart.getAttribute("role"));
        assertFalse(browser.findAll("#deflection svg rect").isEmpty(), "bars");
        assertEquals(13, InsightsPage.rows(browser, "deflection").orElseThrow().size(), "12 weeks and the totals");
        new Select(browser.find("#insights-period")).selectByVisibleText("Last 4 weeks");
        browser.await(
                () -> "4 weeks",
                driver ->
                        InsightsPage.rows(browser, "deflection").map(List::size).orElse(0) == 5);
    }

    private static WebElement navEntry() {
        return browser.find(".site-nav a[href='/insights.html']");
    }

    private static String firstLine(Path file) {
        try {
            String text = Files.readString(file);
            int end = text.indexOf('\n');
            return end < 0 ? null : text.substring(0, end);
        } catch (IOException e) {
            return null;
        }
    }

    private static int status(String address, Optional<String> token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address));
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Opens an article, answers "No", picks {@code reason} and types {@code comment}, without sending. */
    private static void answerNo(String article, String reason, String comment) {
        open(article);
        browser.await(
                () -> "the question", driver -> !browser.findAll(".feedback-no").isEmpty());
        browser.find(".feedback-no").click();
        browser.await(
                () -> "the reasons", driver -> browser.find(".feedback-details").isDisplayed());
        browser.driver.findElement(By.xpath("//label[text()='" + reason + "']")).click();
        browser.find(".feedback textarea").sendKeys(comment);
    }
}
