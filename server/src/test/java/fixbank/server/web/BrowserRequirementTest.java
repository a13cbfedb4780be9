package fixbank.server.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** Browser tests are skipped where no browser is installed, but never on CI, where they must run (#11). */
class BrowserRequirementTest {

    @TempDir
    Path temp;

    @Test
    void withoutABrowserTheBrowserTestsAreSkippedSayingHowToRunThem() {
        TestAbortedException skipped = assertThrows(
                TestAbortedException.class,
                () -> Browser.requireInstalled(temp.resolve("chromium"), temp.resolve("chromedriver"), null));
        assertEquals(
                "Browser tests skipped: they need " + temp.resolve("chromium") + " and " + temp.resolve("chromedriver")
                        + "; to run them: apt-get install -y chromium chromium-driver",
                skipped.getMessage());
    }

    @Test
    void withoutABrowserOnCiTheBrowserTestsFail() throws IOException {
        Path chromium = executable("chromium");
        IllegalStateException failed = assertThrows(
                IllegalStateException.class,
                () -> Browser.requireInstalled(chromium, temp.resolve("chromedriver"), "true"));
        assertEquals(
                "the browser tests need " + chromium + " and " + temp.resolve("chromedriver")
                        + ": apt-get install -y chromium chromium-driver (.ci/run does this)",
                failed.getMessage());
    }

    @Test
    void withBothProgramsTheBrowserTestsRun() throws IOException {
        Path chromium = executable("chromium");
        Path chromedriver = executable("chromedriver");
        assertDoesNotThrow(() -> Browser.requireInstalled(chromium, chromedriver, "true"));
        assertDoesNotThrow(() -> Browser.requireInstalled(chromium, chromedriver, null));
    }

    private Path executable(String name) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
