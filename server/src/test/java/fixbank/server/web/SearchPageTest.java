package fixbank.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.config.RateLimitSettings;
import fixbank.server.http.TestServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

class SearchPageTest extends BrowserTest {

    private static final String WRISTBAND = "Wristband printer prints blank labels";
    private static final String OFFLINE = "Printer shows offline";

    /** Twelve more printer articles, so "printer" has two pages of results. */
    @BeforeAll
    static void startWithMoreArticles() throws IOException {
        start(List.of(), Optional.empty());
        Map<String, String> articles = new LinkedHashMap<>();
        for (int ward = 1; ward <= 12; ward++) {
            articles.put(
                    "printing/ward-" + ward + "-label-printer.md",
                    TestServer.article(
                            "Ward " + ward + " label printer jams",
                            "printing, labels",
                            "Zebra ZD421",
                            "public",
                            "published",
                            "## Symptoms\nThe label printer on ward " + ward
                                    + " jams.\n\n## Resolution\nClear the jam."));
        }
        articles.put(
                "devices/scanner-markup.md",
                TestServer.article(
                        "Scanner shows <img src=x onerror=alert(1)> error",
                        "devices",
                        "Honeywell",
                        "public",
                        "published",
                        "## Symptoms\nThe scanner shows a strange error."));
        server.add(articles);
    }

    @Test
    void typingShowsResultsWithHighlightedSnippetsAndKeepsTheSearchInTheAddress() {
        open("/");
        type("#q", "wristband");
        awaitResults("results as you type", List.of(WRISTBAND));
        assertEquals("wristband", browser.find(".result-snippet mark").getText().toLowerCase());
        assertEquals("1 fix for “wristband”", browser.find("#result-status").getText());
        assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=wristband"), browser.driver.getCurrentUrl());
    }

    @Test
    void titlesFromArticlesAreShownAsText() {
        open("/?q=scanner");
        awaitResults("the scanner article", List.of("Scanner shows <img src=x onerror=alert(1)> error"));
        assertTrue(browser.findAll(".result-title img").isEmpty());
    }

    @Test
    void filtersWithCountsNarrowTheResults() {
        open("/?q=printer");
        browser.await(
                () -> "14 printer results",
                driver -> browser.find("#result-status").getText().startsWith("14 fixes"));
        WebElement wristband = facet("tags", "wristband");
        assertEquals(
                "wristband\n1",
                browser.find("label[for='" + wristband.getAttribute("id") + "']")
                        .getText());

        wristband.click();
        awaitResults("only the wristband article", List.of(WRISTBAND));
        assertTrue(
                browser.driver.getCurrentUrl().endsWith("/?q=printer&tags=wristband"), browser.driver.getCurrentUrl());
        assertTrue(facet("tags", "wristband").isSelected());

        facet("tags", "wristband").click();
        facet("systems", "Windows 11").click();
        awaitResults("only the Windows 11 article", List.of(OFFLINE));
    }

    @Test
    void sharedAddressOpensTheSameFilteredSearch() {
        open("/?q=printer&systems=Windows%2011");
        awaitResults("the shared search", List.of(OFFLINE));
        assertEquals("printer", browser.find("#q").getAttribute("value"));
        assertTrue(facet("systems", "Windows 11").isSelected());
    }

    @Test
    void pagingMovesThroughTheResults() {
        open("/?q=printer");
        browser.await(() -> "a first page of ten", driver -> resultTitles().size() == 10);
        List<String> firstPage = resultTitles();
        assertEquals(
                "14 fixes for “printer” · page 1 of 2",
                browser.find("#result-status").getText());

        browser.find("a[aria-label='Next page']").click();
        browser.await(() -> "a second page of four", driver -> resultTitles().size() == 4);
        assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=printer&page=2"), browser.driver.getCurrentUrl());
        assertTrue(resultTitles().stream().noneMatch(firstPage::contains), "page 2 repeats page 1: " + resultTitles());
        assertEquals("2", browser.find(".page-link[aria-current='page']").getText());
        assertEquals(
                "result-status",
                browser.driver.switchTo().activeElement().getAttribute("id"),
                "focus moves to the new results");

        browser.driver.navigate().back();
        browser.await(() -> "the first page again", driver -> resultTitles().equals(firstPage));
    }

    @Test
    void anOldLinkPastTheLastPageShowsTheFirst() {
        open("/?q=wristband&page=3");
        awaitResults("the only page", List.of(WRISTBAND));
        assertTrue(browser.driver.getCurrentUrl().endsWith("/?q=wristband"), browser.driver.getCurrentUrl());
        // The search's own id follows the parameters in the address.
        takeConsoleProblems(server.address("/api/search?q=wristband&page=3&size=10&search="), "status of 400");
    }

    @Test
    void backAndForwardRestoreTheSearches() {
        open("/");
        type("#q", "wristband", Keys.ENTER);
        awaitResults("the first search", List.of(WRISTBAND));
        type("#q", "windows", Keys.ENTER);
        awaitResults("the second search", List.of(OFFLINE));

        browser.driver.navigate().back();
        awaitResults("the first search after Back", List.of(WRISTBAND));
        assertEquals("wristband", browser.find("#q").getAttribute("value"));

        browser.driver.navigate().forward();
        awaitResults("the second search after Forward", List.of(OFFLINE));
        assertEquals("windows", browser.find("#q").getAttribute("value"));
    }

    @Test
    void emptyResultSuggestsOtherWordsAndReportingTheProblem() {
        open("/");
        type("#q", "zzqx");
        browser.await(() -> "the empty state", driver -> browser.find("#empty").isDisplayed());
        assertEquals("No fixes found for “zzqx”", browser.find("#result-status").getText());
        assertTrue(browser.find("#empty").getText().contains("Check the spelling, or use fewer words."));
        assertEquals(
                server.address("/report.html?title=zzqx"),
                browser.find(".report-hint a").getAttribute("href"));
        browser.await(
                () -> "topics to browse", driver -> browser.texts(".topics a").contains("printing"));
    }

    @Test
    void overTheRateLimitThePageSaysWhenToTryAgain() throws IOException {
        try (TestServer limited = TestServer.start(
                temp.resolve("limited"), config -> config.withRateLimits(new RateLimitSettings(true, 1, 1, 10)))) {
            browser.open(limited.address("/?q=wristband"));
            awaitResults("the first search", List.of(WRISTBAND));
            browser.open(limited.address("/?q=offline"));
            browser.await(
                    () -> "the server's message, not "
                            + browser.find("#result-status").getText(),
                    driver -> browser.find("#result-status")
                            .getText()
                            .matches("Too many requests from this address; try again in \\d+ seconds?\\."));
            takeConsoleProblems("429");
        }
    }

    @Test
    void keyboardAloneReachesAndOpensAResultWithAVisibleFocus() {
        open("/?q=wristband");
        awaitResults("the wristband article", List.of(WRISTBAND));
        WebElement focused = null;
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            focused = browser.driver.switchTo().activeElement();
            visited.add(focused.getTagName() + ":" + focused.getText());
            if (WRISTBAND.equals(focused.getText())) {
                break;
            }
        }
        assertEquals(WRISTBAND, focused.getText(), "tabbed through " + visited);
        assertNotEquals("none", focused.getCssValue("outline-style"), "focus is visible");
        assertTrue(visited.get(0).startsWith("a:Skip to content"), "the first stop skips the header: " + visited);
        focused.sendKeys(Keys.ENTER);
        browser.await(
                () -> "the article page", driver -> browser.find("h1").getText().startsWith(WRISTBAND));
    }

    @Test
    void openingAResultAndComingBackKeepsTheSearch() {
        open("/?q=wristband");
        awaitResults("the wristband article", List.of(WRISTBAND));
        browser.find(".result-title a").click();
        browser.await(
                () -> "the article page", driver -> browser.find("h1").getText().startsWith(WRISTBAND));
        WebElement back = browser.find("#back-link");
        assertEquals("‹ Back to results", back.getText());
        back.click();
        awaitResults("the search again", List.of(WRISTBAND));
        assertFalse(browser.driver.getCurrentUrl().contains("articles"));
    }

    private static WebElement facet(String group, String value) {
        return browser.await(
                () -> "a " + group + " filter for " + value,
                driver -> browser.findAll("input[data-facet='" + group + ":" + value + "']").stream()
                        .findFirst()
                        .orElse(null));
    }
}
