package fixbank.server.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fixbank.server.config.PageSettings;
import fixbank.server.http.TestServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * One real server and one real browser for all tests of a class; each test starts with a fresh session and
 * fails if the pages wrote a warning or error to the console (which includes Chromium's reports of what the
 * Content-Security-Policy refused) or violated the policy, unless it took those it expects with
 * {@link #takeConsoleProblems}. Where no browser is installed they are skipped, except on CI ({@link
 * BrowserInstalled}).
 */
@ExtendWith(BrowserInstalled.class)
abstract class BrowserTest {

    @TempDir
    static Path temp;

    static TestServer server;
    static Browser browser;

    static void start(List<String> corsOrigins, Optional<URI> ticketUrl) throws IOException {
        server = TestServer.start(
                temp.resolve("server"),
                config -> config.withHttp(config.http().withCorsOrigins(corsOrigins))
                        .withPages(new PageSettings(ticketUrl)));
        browser = Browser.start(temp.resolve("profile"), 1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Clears the session on a page that loads no data and names its icon, so each test starts with a clean console. */
    @BeforeEach
    void forgetSession() {
        browser.clearSession(server.address("/widget-example.html"));
    }

    @AfterEach
    void pagesRaisedNoConsoleProblemsOrPolicyViolations() {
        List<String> violations = browser.cspViolations();
        List<String> problems = browser.consoleProblems();
        assertAll(
                () -> assertEquals(List.of(), violations, "Content-Security-Policy violations on the last page"),
                () -> assertEquals(
                        List.of(),
                        problems,
                        "console warnings and errors (take expected ones with takeConsoleProblems)"));
    }

    /**
     * Takes the console warnings and errors a test expects, waiting for them to arrive: fails unless each of
     * {@code expected} is part of one of them, and unless each of them is expected.
     */
    static void takeConsoleProblems(String... expected) {
        List<String> taken = new ArrayList<>();
        browser.await(() -> "console problems with " + List.of(expected) + ", not " + taken, driver -> {
            taken.addAll(browser.consoleProblems());
            return Arrays.stream(expected).allMatch(text -> taken.stream().anyMatch(problem -> problem.contains(text)));
        });
        List<String> unexpected = taken.stream()
                .filter(problem -> Arrays.stream(expected).noneMatch(problem::contains))
                .toList();
        assertEquals(List.of(), unexpected, "console problems besides the expected " + List.of(expected));
    }

    /** What Chromium logs when {@code pathAndQuery} on the server answers {@code status}. */
    static String failedToLoad(String pathAndQuery, int status) {
        return server.address(pathAndQuery) + " - Failed to load resource: the server responded with a status of "
                + status;
    }

    static void open(String pathAndQuery) {
        browser.open(server.address(pathAndQuery));
    }

    /**
     * Types into the field, replacing what was there the way a person would, by selecting it all first: the
     * field is never empty in between, so a slow machine cannot make that a search of its own.
     */
    static void type(String css, CharSequence... keys) {
        WebElement field = browser.find(css);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        field.sendKeys(keys);
    }

    static List<String> resultTitles() {
        return browser.texts(".result-title a");
    }

    static void awaitResults(String what, List<String> titles) {
        browser.await(
                () -> what + ": expected " + titles + " but saw " + resultTitles(),
                driver -> resultTitles().equals(titles));
    }
}
