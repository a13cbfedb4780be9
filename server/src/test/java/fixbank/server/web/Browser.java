package fixbank.server.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Both paths are given explicitly so
 * Selenium Manager never runs and nothing is downloaded; without them the browser tests are skipped, or fail
 * on CI (see {@link #requireInstalled}).
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /**
     * Run in every document before its own scripts: records the page's Content-Security-Policy violations in
     * {@code window.fixbankCspViolations} and reports each as a console error too, so one on a page the test
     * has already left still reaches {@link #consoleProblems}.
     */
    private static final String RECORD_CSP_VIOLATIONS = """
            (() => {
              const violations = [];
              Object.defineProperty(window, 'fixbankCspViolations', { value: violations });
              document.addEventListener('securitypolicyviolation', (event) => {
                const text = event.effectiveDirective + ' refused ' + (event.blockedURI || 'inline code')
                  + ' in ' + event.sourceFile + ':' + event.lineNumber;
                violations.push(text);
                console.error('Content-Security-Policy violation: ' + text);
              }, true);
            })();
            """;

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Returns if Chromium and its chromedriver are installed. Elsewhere the browser tests are skipped
     * through an aborted assumption that says what to install; but where the environment variable {@code CI}
     * is {@code true} a missing browser is a failure, so CI cannot skip them quietly.
     */
    static void requireInstalled() {
        requireInstalled(CHROMIUM, CHROMEDRIVER, System.getenv("CI"));
    }

    /** {@link #requireInstalled()} for these paths and value of {@code CI}. */
    static void requireInstalled(Path chromium, Path chromedriver, String ci) {
        if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
            return;
        }
        if ("true".equals(ci)) {
            throw new IllegalStateException("the browser tests need " + chromium + " and " + chromedriver
                    + ": apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        Assumptions.abort("Browser tests skipped: they need " + chromium + " and " + chromedriver
                + "; to run them: apt-get install -y chromium chromium-driver");
    }

    /** A fresh browser with its profile in {@code profile} and a {@code width} × {@code height} window. */
    static Browser start(Path profile, int width, int height) {
        requireInstalled();
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--user-data-dir=" + profile.toAbsolutePath(),
                        "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.WARNING);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
        return new Browser(driver);
    }

    void open(String address) {
        driver.get(address);
    }

    /**
     * Waits until {@code condition} gives something other than null or false, and returns it; on time-out
     * fails with {@code what}, worked out then so it can tell what the page showed.
     */
    <T> T await(Supplier<String> what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(50))
                .withMessage(what)
                .ignoring(StaleElementReferenceException.class) // the pages re-render as answers arrive
                .until(condition);
    }

    /**
     * Clicks what {@code locator} finds, finding it again if the page re-rendered it between the finding and the
     * click (the suggestion list does, as the answer for the last typed words arrives).
     */
    void click(By locator) {
        await(() -> "a click on " + locator, driver -> {
            driver.findElement(locator).click();
            return true;
        });
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    static List<WebElement> findAll(SearchContext context, String css) {
        return context.findElements(By.cssSelector(css));
    }

    /** The texts of the elements matching {@code css}. */
    List<String> texts(String css) {
        return findAll(css).stream().map(WebElement::getText).toList();
    }

    /** Warnings and errors the pages wrote to the console, or that the browser reported for them, since the last call. */
    List<String> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::toString)
                .toList();
    }

    /** The Content-Security-Policy violations of the page now open. */
    @SuppressWarnings("unchecked")
    List<String> cspViolations() {
        return (List<String>) script("return window.fixbankCspViolations ?? []");
    }

    Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** Forgets the staff token and drafts kept by the pages of {@code origin}, and the unit they remember. */
    void clearSession(String originAddress) {
        driver.get(originAddress);
        script("sessionStorage.clear(); localStorage.clear()");
    }

    /** Lays pages out for paper (true) or the screen (false), as printing would. */
    void emulatePrint(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
