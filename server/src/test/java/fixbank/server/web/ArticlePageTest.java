package fixbank.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.http.TestServer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

class ArticlePageTest extends BrowserTest {

    @BeforeAll
    static void start() throws IOException {
        start(List.of(), Optional.empty());
    }

    private static void openArticle(String id, String expectedHeading) {
        open("/articles/" + id);
        browser.await(
                () -> "the heading " + expectedHeading,
                driver -> browser.findAll("#article h1").stream()
                        .anyMatch(h1 -> h1.getText().startsWith(expectedHeading)));
    }

    @Test
    void articleShowsItsFactsAndSetsApartSymptomsCauseAndResolution() {
        openArticle("printing/wristband-printer-blank", "Wristband printer prints blank labels");
        assertEquals(1, browser.findAll("h1").size(), "the body's own title is not repeated");
        assertEquals("Wristband printer prints blank labels · Fixbank", browser.driver.getTitle());
        String facts = browser.find(".article-facts").getText();
        assertTrue(facts.contains("Zebra ZD621"), facts);
        assertTrue(facts.contains("Dana Okafor (Service Desk)"), facts);
        assertEquals("2026-10-01", browser.find(".article-facts time").getAttribute("datetime"));

        assertEquals("Symptoms", browser.find(".section-symptoms h2").getText());
        assertEquals("Cause", browser.find(".section-cause h2").getText());
        assertEquals("Resolution", browser.find(".section-resolution h2").getText());
        assertTrue(browser.find(".section-resolution ol").getText().contains("Turn the ribbon over."));
        Set<String> borders = browser.findAll(".article-section:not(.section-related)").stream()
                .map(section -> section.getCssValue("border-left-color"))
                .collect(Collectors.toSet());
        assertEquals(3, borders.size(), "each section has its own colour: " + borders);
    }

    @Test
    void aProblemDescriptionIsSetApartAsSymptoms() throws IOException {
        server.add(
                Map.of(
                        "printing/labels-smudge.md",
                        TestServer.article(
                                "Labels smudge",
                                "printing",
                                "Zebra ZD621",
                                "public",
                                "published",
                                "## Problem description\nLabels smudge when touched.\n\n## Fix\nUse the ribbon made for them.")));
        openArticle("printing/labels-smudge", "Labels smudge");
        assertEquals("Problem description", browser.find(".section-symptoms h2").getText());
        assertEquals("Fix", browser.find(".section-resolution h2").getText());
    }

    @Test
    void staffAreToldAReviewIsOverdueAndCliniciansAreNot() throws IOException {
        server.add(Map.of(
                "network/overdue-review.md",
                "---\ntitle: Overdue review\nreview_by: 2020-01-01\n---\n## Symptoms\nOld.\n",
                "network/review-to-come.md",
                "---\ntitle: Review to come\nreview_by: 2999-01-01\n---\n## Symptoms\nNew.\n"));
        openArticle("network/overdue-review", "Overdue review");
        assertFalse(browser.find("#article h1").getText().contains("Review overdue"), "anonymous readers");

        browser.script("sessionStorage.setItem('fixbank.staffToken', arguments[0])", TestServer.STAFF_TOKEN);
        openArticle("network/overdue-review", "Overdue review");
        browser.await(
                () -> "the overdue badge for staff",
                driver -> browser.find("#article h1").getText().contains("Review overdue"));
        openArticle("network/review-to-come", "Review to come");
        browser.await(
                () -> "the review date among the facts, for staff",
                driver -> browser.find("#article")
                        .getText()
                        .toLowerCase(Locale.ROOT)
                        .contains("review by"));
        assertFalse(browser.find("#article h1").getText().contains("Review overdue"), "a date still to come");
        browser.script("sessionStorage.removeItem('fixbank.staffToken')");
    }

    @Test
    void linksInTheBodyOpenOtherArticles() {
        openArticle("printing/wristband-printer-blank", "Wristband printer prints blank labels");
        browser.driver
                .findElement(org.openqa.selenium.By.linkText("printer offline"))
                .click();
        openedArticle("Printer shows offline");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/articles/printing/printer-offline"));
    }

    @Test
    void rawHtmlInAnArticleShowsAsText() {
        openArticle("access/account-locked", "Account locked after failed sign-ins");
        String body = browser.find(".article-body").getText();
        assertTrue(body.contains("<script>alert('x')</script>"), body);
        assertTrue(browser.findAll(".article-body script, .article-body b").isEmpty());
        assertTrue(browser.findAll(".article-body a[href^='javascript'], .article-body a[href^='data']")
                .isEmpty());
    }

    @Test
    void unknownAndHiddenArticlesAreAFriendlyNotFound() {
        for (String id : List.of("printing/no-such-article", "printing/print-server-spooler")) {
            openArticle(id, "Article not found");
            assertTrue(browser.find("#article").getText().contains("for IT staff only"));
            assertEquals(server.address("/"), browser.find("#article a").getAttribute("href"));
            takeConsoleProblems(failedToLoad("/api/articles/" + id, 404));
        }
    }

    @Test
    void printedPageLeavesOutNavigation() {
        openArticle("printing/printer-offline", "Printer shows offline");
        try {
            browser.emulatePrint(true);
            assertFalse(browser.find(".site-header").isDisplayed());
            assertFalse(browser.find(".article-actions").isDisplayed());
            assertFalse(browser.find("#back-link").isDisplayed());
            assertTrue(browser.find(".section-symptoms").isDisplayed());
            assertEquals(
                    "From Fixbank: " + server.address("/articles/printing/printer-offline"),
                    browser.find(".print-source").getText());
        } finally {
            browser.emulatePrint(false);
        }
        assertTrue(browser.find(".site-header").isDisplayed());
        assertFalse(browser.find(".print-source").isDisplayed());
    }

    @Test
    void aWrongAddressShowsAPageNotJson() {
        open("/no/such/page");
        assertEquals("Page not found", browser.find("h1").getText());
        takeConsoleProblems(failedToLoad("/no/such/page", 404));
    }

    @Test
    void anArticleEndsByAskingWhetherItSolvedTheProblemAndTakesTheAnswerByKeyboard() {
        openArticle("printing/printer-offline", "Printer shows offline");
        WebElement feedback = browser.await(
                () -> "the question",
                driver -> browser.findAll("#article > .feedback").stream()
                        .findFirst()
                        .orElse(null));
        assertEquals(
                "Did this solve your problem?",
                browser.find(".feedback-question").getText());
        assertEquals("", browser.find(".feedback-error").getText());
        assertEquals("alert", browser.find(".feedback-error").getAttribute("role"));

        browser.find(".feedback-yes").sendKeys(Keys.ENTER);
        browser.await(() -> "the thanks", driver -> "done".equals(feedback.getAttribute("data-state")));
        assertEquals(
                "Thank you — your answer was recorded. Change my answer",
                focused().getText());
        focused().sendKeys(Keys.TAB);
        assertEquals("Change my answer", focused().getText());
        focused().sendKeys(Keys.ENTER);
        assertEquals("ask", feedback.getAttribute("data-state"));
        assertEquals("Yes", focused().getText(), "back to the question, on its first button");

        focused().sendKeys(Keys.TAB);
        focused().sendKeys(Keys.ENTER);
        browser.await(() -> "the reasons", driver -> "details".equals(feedback.getAttribute("data-state")));
        assertTrue(
                focused().getText().startsWith("Sorry it did not help."),
                focused().getText());
        assertEquals(
                List.of("It did not work", "It is not my problem", "It is hard to follow", "It is out of date"),
                browser.texts(".feedback-reason label"));
        assertEquals("1000", browser.find(".feedback textarea").getAttribute("maxlength"));
        focused().sendKeys(Keys.TAB);
        focused().sendKeys(Keys.ARROW_DOWN); // the second reason
        focused().sendKeys(Keys.TAB);
        focused().sendKeys("The cable was fine.", Keys.TAB);
        assertEquals("Send", focused().getText());
        focused().sendKeys(Keys.ENTER);
        browser.await(() -> "the thanks again", driver -> "done".equals(feedback.getAttribute("data-state")));
        assertEquals(
                "Thank you — your answer was recorded. Change my answer",
                focused().getText());

        openArticle("printing/printer-offline", "Printer shows offline");
        assertEquals(
                "You said this did not solve your problem. Change my answer",
                browser.await(
                                () -> "the answer remembered for the tab",
                                driver -> browser.findAll(".feedback-done").stream()
                                        .filter(WebElement::isDisplayed)
                                        .findFirst()
                                        .orElse(null))
                        .getText());
    }

    @Test
    void aFeedbackErrorIsShownInTheControl() throws IOException {
        String path = "printing/toner-low.md";
        server.add(Map.of(path, TestServer.article("Toner low", "printing", "HP", "public", "published", "Shake it.")));
        openArticle("printing/toner-low", "Toner low");
        server.add(
                Map.of(path, TestServer.article("Toner low", "printing", "HP", "internal", "published", "Shake it.")));
        browser.find(".feedback-yes").click();
        browser.await(
                () -> "the error",
                driver -> browser.find(".feedback-error").getText().equals("No article with id 'printing/toner-low'."));
        assertEquals("ask", browser.find(".feedback").getAttribute("data-state"), "the question stays to try again");
        takeConsoleProblems(failedToLoad("/api/feedback", 404));
    }

    @Test
    void withRecordingOffNoFeedbackIsAsked() throws IOException {
        try (TestServer quiet = TestServer.start(
                temp.resolve("quiet"),
                config -> config.withRecord(config.record().withOn(false)))) {
            browser.open(quiet.address("/articles/printing/printer-offline"));
            browser.await(
                    () -> "the article",
                    driver -> browser.find("#article h1").getText().startsWith("Printer shows offline"));
            assertTrue(browser.findAll(".feedback").isEmpty());
        }
    }

    private static WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    private static void openedArticle(String heading) {
        browser.await(
                () -> "the article " + heading,
                driver -> browser.find("#article h1").getText().startsWith(heading));
    }
}
