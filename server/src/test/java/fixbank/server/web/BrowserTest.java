package fixbank.server.web;

import fixbank.server.config.PageSettings;
import fixbank.server.http.TestServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** One real server and one real browser for all tests of a class; each test starts with a fresh session. */
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

    @BeforeEach
    void forgetSession() {
        browser.clearSession(server.address("/no-such-page"));
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
