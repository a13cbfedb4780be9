package fixbank.server.web;

import fixbank.server.config.AccessSettings;
import fixbank.server.config.HttpSettings;
import fixbank.server.config.IndexSettings;
import fixbank.server.config.PageSettings;
import fixbank.server.config.ServerConfig;
import fixbank.server.http.FixbankServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Screenshots of every page and state, at desktop (1280 × 800) and phone (390 × 844) sizes, over a copy of
 * the bundled articles (the editor writes to it), into {@code server/target/screenshots}: the first screen,
 * and the whole page when it is longer. Not part of the test suite (the name does not
 * end in Test); run it with
 *
 * <pre>
 * mvn -pl server -am verify -Dtest=PageScreenshots -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class PageScreenshots {

    private static final String STAFF_TOKEN = "screenshot-staff-token-0123456789";
    private static final String EDITOR_TOKEN = "screenshot-editor-token-0123456789";
    private static final String REVIEWER_TOKEN = "screenshot-reviewer-token-0123456789";
    private static final String ADMIN_TOKEN = "screenshot-admin-token-0123456789";
    /** An owner with articles past their review date; the screenshots add a "No" and a change in review. */
    private static final String OWNER = "Dana Okafor (Service Desk)";
    /** A published article the screenshots propose a change to. */
    private static final String CHANGED = "printing/printer-shows-offline-on-workstation";
    /** A bundled draft that two people save at once. */
    private static final String DRAFT = "dictation/dragon-recognition-poor-accuracy";

    private static final Path OUTPUT = Path.of("target", "screenshots");
    /** A ticket no bundled article answers. */
    private static final String NO_KNOWN_FIX = "Can't see next month's rota";

    private record Viewport(String name, int width, int height, boolean mobile) {}

    private static final List<Viewport> VIEWPORTS =
            List.of(new Viewport("desktop", 1280, 800, false), new Viewport("phone", 390, 844, true));

    @TempDir
    Path temp;

    private Browser browser;
    private String base;

    @Test
    void takeScreenshots() throws IOException {
        Files.createDirectories(OUTPUT);
        Path articles = copy(Path.of("..", "articles"), temp.resolve("articles"));
        ServerConfig config = ServerConfig.defaults()
                .withIndex(new IndexSettings(articles, temp.resolve("index"), Duration.ofHours(1)))
                .withHttp(HttpSettings.loopbackAnyPort())
                .withAccess(AccessSettings.inline(String.join(
                        ",",
                        STAFF_TOKEN + ":staff:Dana Okafor (Service Desk)",
                        EDITOR_TOKEN + ":editor:Erin Editor (Clinical Systems)",
                        REVIEWER_TOKEN + ":reviewer:Rafa Reviewer (Service Desk lead)",
                        ADMIN_TOKEN + ":admin:Alex Admin (IT)")))
                .withPages(new PageSettings(Optional.of(URI.create("https://servicedesk.example.org/tickets/new"))));
        try (FixbankServer server = FixbankServer.start(config);
                Browser started = Browser.start(temp.resolve("profile"), 1280, 800)) {
            browser = started;
            base = "http://127.0.0.1:" + server.port();
            for (Viewport viewport : VIEWPORTS) {
                takeAll(viewport);
            }
        }
        System.out.println("Screenshots in " + OUTPUT.toAbsolutePath());
    }

    /** Copies the folder {@code from} to {@code to}, so that what the editor saves stays out of the repository. */
    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    private void takeAll(Viewport viewport) throws IOException {
        browser.driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        viewport.width(),
                        "height",
                        viewport.height(),
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        viewport.mobile()));
        browser.clearSession(base + "/no-such-page");

        show("/", viewport, "01-search-start");
        show("/?q=printer", viewport, "02-search-results");
        show("/?systems=Epic%20Hyperspace&page=2", viewport, "03-search-filtered-page-2");
        show("/?q=zzqx%20frobnicator", viewport, "04-search-nothing-found");
        show("/articles/printing/printer-shows-offline-on-workstation", viewport, "05-article");
        browser.emulatePrint(true);
        save(viewport, "06-article-print");
        browser.emulatePrint(false);
        show("/articles/printing/no-such-article", viewport, "07-article-not-found");

        open("/articles/printing/printer-shows-offline-on-workstation");
        browser.find(".feedback-no").click();
        browser.driver
                .findElement(org.openqa.selenium.By.xpath("//label[text()='It is out of date']"))
                .click();
        browser.find(".feedback textarea").sendKeys("The Settings page looks different on Windows 11 now.");
        save(viewport, "16-article-feedback-no");
        browser.find(".feedback-send").click();
        browser.await(
                () -> "the thanks", driver -> browser.find(".feedback-done").isDisplayed());
        save(viewport, "17-article-feedback-thanks");

        open("/report.html");
        save(viewport, "08-report-start");
        new Select(browser.find("#unit-choice")).selectByVisibleText("Pharmacy");
        browser.find("#unit-form button[type='submit']").click();
        save(viewport, "25-report-unit-point-person");
        browser.find("#title").sendKeys("Wristband printer flashing red");
        browser.find("#description")
                .sendKeys("The Zebra printer at the 4 West nurses' station flashes a red light and "
                        + "prints nothing since this morning. Already turned it off and on.");
        browser.await(
                () -> "suggestions",
                driver -> !browser.findAll("#suggestion-list li").isEmpty());
        save(viewport, "09-report-with-known-fixes");
        browser.find("#suggestion-list li .feedback-no").click();
        browser.await(
                () -> "the reasons beside the fix",
                driver -> browser.find("#suggestion-list li .feedback-details").isDisplayed());
        save(viewport, "18-report-fix-not-solved");
        browser.find("#title").sendKeys(Keys.chord(Keys.CONTROL, "a"), NO_KNOWN_FIX);
        browser.find("#description").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        browser.await(
                () -> "the no-fix notice",
                driver -> browser.find("#suggestions-status")
                        .getAttribute("class")
                        .contains("no-fix"));
        save(viewport, "21-report-no-known-fix");

        open("/");
        browser.find("#staff-sign-in").click();
        browser.find("#staff-token").sendKeys("wrong-token", Keys.ENTER);
        browser.await(
                () -> "the refusal",
                driver -> browser.find("#staff-message").getText().contains("not accepted"));
        save(viewport, "10-staff-sign-in-refused");

        show("/insights.html", viewport, "19-insights-signed-out");

        browser.script("sessionStorage.setItem('fixbank.staffToken', arguments[0])", STAFF_TOKEN);
        show("/insights.html", viewport, "20-insights");
        show("/?q=account%20locked", viewport, "11-staff-search");
        // The first result's "Why this result?" opened, where the server explains search results.
        browser.findAll(".result .why summary").stream().findFirst().ifPresent(summary -> summary.click());
        save(viewport, "23-staff-search-why");
        open("/report.html");
        browser.find("#title").sendKeys(Keys.chord(Keys.CONTROL, "a"), "Wristband printer flashing red");
        browser.await(
                () -> "suggestions with why",
                driver -> !browser.findAll("#suggestion-list li .why").isEmpty());
        browser.find("#suggestion-list li .why summary").click();
        save(viewport, "22-staff-report-why");
        show("/articles/access/find-source-of-repeated-ad-lockouts", viewport, "12-staff-internal-article");
        writeAndReview(viewport);
        // The owner of the article voted "No" above and changed in writeAndReview, so their desk has both.
        show(
                "/insights.html?owner=" + URLEncoder.encode(OWNER, StandardCharsets.UTF_8),
                viewport,
                "29-insights-owners-desk");
        browser.script("sessionStorage.setItem('fixbank.staffToken', arguments[0])", ADMIN_TOKEN);
        show("/units.html", viewport, "30-units");
        browser.script("sessionStorage.setItem('fixbank.staffToken', 'a-token-no-longer-accepted')");
        show("/", viewport, "15-staff-token-no-longer-accepted");
        browser.script("sessionStorage.clear()");

        open("/widget-example.html");
        browser.find("#subject").sendKeys("Vocera badge not connected");
        browser.await(
                () -> "the widget's fixes",
                driver -> "shown".equals(browser.find("#fixbank-suggestions").getAttribute("data-fixbank-state")));
        save(viewport, "13-widget-example");
        browser.find("#subject").sendKeys(Keys.chord(Keys.CONTROL, "a"), NO_KNOWN_FIX);
        browser.await(
                () -> "the widget's no-fix notice",
                driver -> "empty".equals(browser.find("#fixbank-suggestions").getAttribute("data-fixbank-state")));
        save(viewport, "24-widget-no-known-fix");

        show("/no-such-page", viewport, "14-page-not-found");
    }

    /**
     * The editor with a new article and its preview, a change to a published article saved and submitted, and
     * the review page with that change's diff. The change stays in review, so the second viewport opens it
     * again as it is.
     */
    private void writeAndReview(Viewport viewport) throws IOException {
        browser.script("sessionStorage.setItem('fixbank.staffToken', arguments[0])", EDITOR_TOKEN);
        open("/edit.html");
        browser.find("#title").sendKeys("Wristband printer prints faint labels");
        browser.find("#summary").sendKeys("Names and barcodes on new wristbands are too pale to scan.");
        browser.find("#tags").sendKeys("printing, wristband, barcode");
        browser.find("#systems").sendKeys("Zebra ZD621");
        browser.find("#symptoms")
                .sendKeys("- Names and barcodes on new wristbands are pale or patchy.\n"
                        + "- Bedside scanners beep twice and do not read the barcode.");
        browser.find("#cause").sendKeys("The print head is dirty, or the **darkness** setting was lowered.");
        browser.find("#resolution")
                .sendKeys("1. Open the printer and wipe the print head with an alcohol swab.\n"
                        + "2. Hold **Feed** for two seconds to calibrate.\n"
                        + "3. Print a test wristband and scan it.");
        browser.await(
                () -> "the preview",
                driver -> browser.find("#preview").getText().contains("Print a test wristband"));
        browser.script("window.scrollTo(0, 0)"); // the preview keeps in view as the page scrolls
        save(viewport, "25-editor-new-with-preview");

        open("/edit.html?id=" + CHANGED);
        browser.script("""
                const field = document.getElementById('resolution');
                field.value = field.value.replace('wait two minutes for it to start.',
                  'wait three minutes: the HP printers on the wards take longer to start.');
                field.dispatchEvent(new Event('input', { bubbles: true }));
                """);
        browser.find("#editor-save").click();
        browser.await(
                () -> "the change saved",
                driver -> browser.find("#editor-message").getText().startsWith("Saved at"));
        if (browser.find("#editor-submit").isEnabled()) {
            browser.find("#editor-submit").click();
            browser.await(
                    () -> "the change submitted",
                    driver -> browser.find("#editor-message").getText().startsWith("Submitted"));
        }
        browser.script("window.scrollTo(0, 0)");
        save(viewport, "26-editor-change-in-review");

        browser.script("sessionStorage.setItem('fixbank.staffToken', arguments[0])", REVIEWER_TOKEN);
        show("/review.html?id=" + CHANGED, viewport, "27-review-change-with-diff");

        browser.script("sessionStorage.setItem('fixbank.staffToken', arguments[0])", EDITOR_TOKEN);
        conflict(viewport);
        browser.script("sessionStorage.setItem('fixbank.staffToken', arguments[0])", STAFF_TOKEN);
    }

    /** The editor's conflict panel: the reviewer saves a draft while the editor has it open, then the editor saves. */
    private void conflict(Viewport viewport) throws IOException {
        open("/edit.html?id=" + DRAFT);
        browser.driver.executeAsyncScript("""
                const [id, token, done] = arguments;
                const headers = { Authorization: 'Bearer ' + token, 'Content-Type': 'application/json' };
                fetch('/api/edit/' + id, { headers }).then((answer) => answer.json()).then((view) => {
                  const fields = { ...view.fields };
                  fields.symptoms += '\\n- It happens mostly with the new headsets on 4 West.';
                  return fetch('/api/articles/' + id, {
                    method: 'PUT', headers: { ...headers, 'If-Match': '"' + view.version + '"' },
                    body: JSON.stringify(fields),
                  });
                }).then(() => done(), () => done());
                """, DRAFT, REVIEWER_TOKEN);
        browser.script("""
                const field = document.getElementById('symptoms');
                field.value += '\\n- Accuracy dropped after the Windows update on Monday.';
                field.dispatchEvent(new Event('input', { bubbles: true }));
                """);
        browser.find("#editor-save").click();
        browser.await(
                () -> "the conflict", driver -> browser.find("#editor-conflict").isDisplayed());
        browser.script("window.scrollTo(0, 0)");
        save(viewport, "28-editor-conflict");
        browser.find("#conflict-take-theirs").click();
    }

    private void open(String path) {
        browser.open(base + path);
        settle();
    }

    private void show(String path, Viewport viewport, String name) throws IOException {
        open(path);
        save(viewport, name);
    }

    /** Waits until no request is in flight and the debounced requests have had their turn. */
    private void settle() {
        browser.await(() -> "the page to settle", driver -> (Boolean)
                browser.script("return document.readyState === 'complete' && !document.querySelector('[aria-busy]')"));
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first screen as {@code NAME-VIEWPORT.png}, and the whole page as {@code NAME-VIEWPORT-full.png} when longer. */
    @SuppressWarnings("unchecked")
    private void save(Viewport viewport, String name) throws IOException {
        settle();
        browser.consoleProblems()
                .forEach(problem -> System.out.println(name + " (" + viewport.name() + "): " + problem));
        Map<String, Object> metrics = browser.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        double height = ((Map<String, Number>) metrics.get("cssContentSize"))
                .get("height")
                .doubleValue();
        capture(viewport.width(), viewport.height(), name + "-" + viewport.name());
        if (height > viewport.height()) {
            capture(viewport.width(), height, name + "-" + viewport.name() + "-full");
        }
    }

    private void capture(int width, double height, String file) throws IOException {
        Map<String, Object> shot = browser.driver.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(OUTPUT.resolve(file + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
    }
}
