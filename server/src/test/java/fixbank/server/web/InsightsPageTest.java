package fixbank.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.server.http.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
    private static final String LABELS = "labels/label-maker-smudges";
    private static final ObjectMapper JSON = new ObjectMapper();

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
        assertEquals("Owner’s desk: Dana Okafor (Service Desk)", InsightsPage.attentionHeading(browser));
        Map<String, String> unhelpful = InsightsPage.deskItem(browser, "unhelpful", OFFLINE);
        assertTrue(unhelpful.get("facts").contains("Said to be out of date"), unhelpful.toString());
        assertTrue(unhelpful.get("comments").contains("Windows 11 moved this setting."), unhelpful.toString());
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
        browser.click(By.linkText(OFFLINE));
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
    void editorsTurnAnUnansweredQuestionIntoADraftArticle() {
        open("/");
        type("#q", "rota zzqy missing", Keys.ENTER);
        browser.await(
                () -> "no results",
                driver -> browser.find("#result-status").getText().startsWith("No fixes found"));

        Map<String, String> row = InsightsPage.awaitRow(
                browser,
                server,
                TestServer.EDITOR_TOKEN,
                "unanswered",
                "rota zzqy missing",
                question -> question.get("Most common wording").contains("zzqy"));
        assertEquals("Write an article", row.get("Answer"));
        String wording = row.get("Most common wording");
        browser.driver
                .findElement(By.xpath(
                        "//section[@id='unanswered']//tr[contains(., 'zzqy')]//a[contains(@class, 'write-article')]"))
                .click();
        EditorPage.awaitForm(browser);
        assertEquals(
                Character.toUpperCase(wording.charAt(0)) + wording.substring(1), EditorPage.value(browser, "title"));
        assertTrue(EditorPage.value(browser, "symptoms").contains(wording), EditorPage.value(browser, "symptoms"));

        InsightsPage.openAsStaff(browser, server);
        assertTrue(
                InsightsPage.rows(browser, "unanswered").orElseThrow().stream()
                        .noneMatch(question -> question.containsKey("Answer")),
                "staff without the editor role write no articles");
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

    @Test
    void anArticlesOwnerReviewsTheWordsItLearnedFromTicketsAndMakesItForgetThem() throws Exception {
        server.add(
                Map.of(
                        LABELS + ".md",
                        TestServer.article(
                                "Label maker smudges ward labels",
                                "labels",
                                "Brother P-touch",
                                "public",
                                "published",
                                "## Symptoms\nLabels come out smudged.\n\n## Resolution\nClean the head with an alcohol swab.")));
        String journey = newId();
        JsonNode shown = call(
                "POST",
                "/api/suggest",
                Map.of(
                        "title",
                        "the label maker in the supply cupboard smudges everything",
                        "journey",
                        journey,
                        "source",
                        "report"),
                false);
        assertTrue(shown.has("suggestions"), shown.toString());
        teach(LABELS, journey, false, "cupboard", 1);
        JsonNode taught = learnedWord(teach(LABELS, journey, true, "cupboard", 2), "cupboard")
                .orElseThrow();
        assertEquals(1, taught.get("staffVoters").asInt(), taught.toString());

        InsightsPage.openAs(browser, server, TestServer.EDITOR_TOKEN);
        WebElement details = InsightsPage.learned(browser, LABELS);
        assertNull(details.getAttribute("open"), "closed at first");
        assertEquals(List.of(), learnedRequests(), "the words are asked for only when opened");

        InsightsPage.openLearned(browser, LABELS);
        assertEquals(List.of(server.address("/api/learned/" + LABELS)), learnedRequests());
        List<Map<String, String>> words =
                InsightsPage.learnedWords(browser, LABELS).orElseThrow();
        Map<String, String> cupboard = words.stream()
                .filter(row -> row.get("Word").equals("cupboard"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cupboard among " + words));
        assertEquals("2 (1 staff)", cupboard.get("People"), cupboard.toString());
        assertEquals("75%", cupboard.get("Strength"), "a staff vote and an anonymous one: " + cupboard);
        assertEquals(
                taught.get("lastTaught").asText(),
                details.findElement(By.xpath(".//tr[th='cupboard']//time")).getAttribute("datetime"));
        int listed = learned().get("words").size();
        assertEquals(listed, words.size(), "every word the API lists: " + words);

        details.findElement(By.cssSelector(".learned-forget")).click();
        WebElement confirm = browser.driver.switchTo().activeElement();
        assertEquals("Yes, forget them", confirm.getText(), "the confirmation has the focus");
        assertTrue(learnedWord(learned(), "cupboard").isPresent(), "nothing is forgotten before it is confirmed");
        confirm.sendKeys(Keys.ENTER);
        WebElement done = browser.await(
                () -> "the words forgotten",
                driver -> details.findElements(By.cssSelector(".learned-status")).stream()
                        .filter(status -> status.getText().startsWith("Forgot"))
                        .findFirst()
                        .orElse(null));
        assertEquals("Forgot " + listed + (listed == 1 ? " word." : " words."), done.getText());
        assertEquals(
                "Nothing learned yet.",
                details.findElement(By.cssSelector(".insights-empty")).getText());
        assertEquals(Optional.empty(), InsightsPage.learnedWords(browser, LABELS), "no table of words");
        assertEquals(0, learned().get("words").size(), "the API forgot them too");

        InsightsPage.openAsStaff(browser, server);
        WebElement again = InsightsPage.openLearned(browser, LABELS);
        assertEquals(
                "Nothing learned yet.",
                again.findElement(By.cssSelector(".insights-empty")).getText());
    }

    @Test
    void wordsThatCannotBeLookedUpSayWhyInText() {
        InsightsPage.openAsStaff(browser, server);
        browser.script("sessionStorage.setItem('fixbank.staffToken', 'not-a-staff-token')");
        WebElement details = InsightsPage.openLearned(browser, "printing/printer-offline");
        WebElement error = details.findElement(By.cssSelector(".learned-body .error"));
        assertEquals("alert", error.getAttribute("role"));
        assertTrue(
                error.getText()
                        .startsWith(
                                "Your staff token was not accepted. Sign out, or sign in again with a valid token."),
                error.getText());
        assertEquals("Try again", error.findElement(By.tagName("button")).getText());
        assertTrue(details.findElements(By.cssSelector(".learned-forget")).isEmpty(), "nothing to forget");
        takeConsoleProblems(failedToLoad("/api/learned/printing/printer-offline", 401));
        browser.script("sessionStorage.removeItem('fixbank.staffToken')"); // the next page would ask who it is
    }

    /** The addresses of the calls the page made to /api/learned. */
    @SuppressWarnings("unchecked")
    private static List<String> learnedRequests() {
        return (List<String>)
                browser.script("return performance.getEntriesByType('resource').map((entry) => entry.name)"
                        + ".filter((name) => name.includes('/api/learned/'))");
    }

    /** What the API says {@link #LABELS} learned, asked as staff. */
    private static JsonNode learned() {
        return call("GET", "/api/learned/" + LABELS, null, true);
    }

    /**
     * Votes {@code articleId} helpful for {@code journey} (as staff, or as a new anonymous session) until the
     * recorded ticket has taught it {@code word} from {@code voters} people: the ticket is recorded a moment after
     * it was suggested for.
     */
    private static JsonNode teach(String articleId, String journey, boolean staff, String word, int voters) {
        String session = newId();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode learned = null;
        while (System.nanoTime() < deadline) {
            Map<String, Object> vote =
                    new HashMap<>(Map.of("articleId", articleId, "helpful", true, "journey", journey));
            if (!staff) {
                vote.put("session", session);
            }
            call("POST", "/api/feedback", vote, staff);
            learned = call("GET", "/api/learned/" + articleId, null, true);
            if (learnedWord(learned, word)
                    .filter(taught -> taught.get("voters").asInt() >= voters)
                    .isPresent()) {
                return learned;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(word + " never learned for " + articleId + " from " + voters + ": " + learned);
    }

    private static Optional<JsonNode> learnedWord(JsonNode learned, String word) {
        for (JsonNode taught : learned.get("words")) {
            if (taught.get("word").asText().equals(word)) {
                return Optional.of(taught);
            }
        }
        return Optional.empty();
    }

    /** Calls the API with a JSON body (or none), as staff or anonymously; fails unless it answers 200 or 201. */
    private static JsonNode call(String method, String path, Object body, boolean staff) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.address(path)))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json");
            if (staff) {
                request.header("Authorization", "Bearer " + TestServer.STAFF_TOKEN);
            }
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(
                    response.statusCode() == 200 || response.statusCode() == 201,
                    method + " " + path + ": " + response.statusCode() + " " + response.body());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
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
