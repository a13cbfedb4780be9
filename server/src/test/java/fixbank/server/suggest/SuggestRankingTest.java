package fixbank.server.suggest;

import static fixbank.server.suggest.FixtureArticles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.access.Caller;
import fixbank.server.index.LiveIndex;
import fixbank.server.search.QueryAnalysis;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One behaviour of the suggestion ranking per test, on a handful of small articles. */
class SuggestRankingTest {

    @TempDir
    static Path temp;

    private static LiveIndex index;
    private static SuggestService suggest;

    @BeforeAll
    static void index() throws Exception {
        Path articles = temp.resolve("articles");
        write(
                articles,
                "printing/label-printer-offline",
                "Label printer offline",
                "The label printer on the ward shows offline.");
        write(articles, "printing/lable-sheets", "Ordering sheets", "Order lable sheets from stores.");
        write(articles, "printing/wristband-red", "Wristband printer flashes red", "The cartridge is empty.");
        write(
                articles,
                "access/access-denied",
                "Access denied 0x80070005 on the shared drive",
                "Error 0x80070005 when opening the folder.");
        write(
                articles,
                "access/file-not-found",
                "File not found 0x80070002",
                "Error 0x80070002 when opening the folder.");
        write(articles, "email/ndr-550", "Email bounces with 550 5.1.10", "The recipient address is not found.");
        write(
                articles,
                "email/object-not-found",
                "Delivery fails with a store driver exception",
                "The message fails with STOREDRV.Deliver.Exception:ObjectNotFoundException.");
        write(
                articles,
                "access/sign-in-fails",
                "Sign in fails on the shared workstation",
                "Epic shows an error at sign in.");
        write(
                articles,
                "access/log-in-fails",
                "Log in fails after password change",
                "Clinicians cannot log in after changing passwords.");
        write(articles, "phones/teams-audio", "Teams meeting has no audio", "Microsoft Teams calls are silent.");
        write(articles, "admin/team-lead", "Approval by the team lead", "Your team lead approves the request.");
        write(articles, "devices/battery-title", "Cart battery drains overnight", "Check the charger.");
        write(
                articles,
                "devices/battery-body",
                "Cart checks",
                "Among other things, check the battery level each morning.");
        write(
                articles,
                "devices/reader-dark",
                "Tap does nothing at the workstation",
                "The badge reader on the workstation shows no light at all today.");
        write(articles, "devices/morning-round", "Morning round", "Badge first, then check that the reader works.");
        index = LiveIndex.open(articles, temp.resolve("index"), Duration.ofDays(1));
        suggest = new SuggestService(index, QueryAnalysis.analyzer(Optional.empty()));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static List<String> ids(String title, String description) throws Exception {
        return suggest.suggest(new SuggestRequest(title, description, 10), Caller.ANONYMOUS).suggestions().stream()
                .map(Suggestion::id)
                .toList();
    }

    @Test
    void misspelledWordIsCorrected() throws Exception {
        assertEquals(
                "printing/wristband-red", ids("wristbnd printer flashes", "").get(0));
    }

    @Test
    void exactWordIsNotCorrectedToSomethingElse() throws Exception {
        List<String> found = ids("label printer", "");
        assertEquals("printing/label-printer-offline", found.get(0));
        assertFalse(found.contains("printing/lable-sheets"), "'label' is a known word, so 'lable' is never tried");
    }

    @Test
    void lastWordMayBeHalfTyped() throws Exception {
        assertEquals("printing/wristband-red", ids("Wristband printer fla", "").get(0));
    }

    @Test
    void twoLetterPrefixDoesNotFlood() throws Exception {
        assertEquals(List.of(), ids("Wr", ""));
    }

    @Test
    void greetingsAndSignOffsAreIgnored() throws Exception {
        assertEquals(List.of(), ids("Hi team", "Hello, thanks so much, kind regards"));
    }

    @Test
    void errorCodesMatchExactly() throws Exception {
        assertEquals("access/access-denied", ids("", "error 0x80070005 again").get(0));
        assertEquals("access/file-not-found", ids("error 0x80070002", "").get(0));
        assertEquals("email/ndr-550", ids("", "bounce message says 550 5.1.10").get(0));
    }

    @Test
    void dottedExceptionNamesMatchWholeOrByParts() throws Exception {
        assertEquals(
                "email/object-not-found",
                ids("STOREDRV.Deliver.Exception:ObjectNotFoundException", "").get(0));
        assertEquals(
                "email/object-not-found",
                ids("ObjectNotFoundException in delivery", "").get(0));
    }

    @Test
    void synonymsFindOtherWordsButTheWordsTypedRankFirst() throws Exception {
        List<String> found = ids("can't log in", "");
        assertEquals("access/log-in-fails", found.get(0));
        assertTrue(found.contains("access/sign-in-fails"), "'sign in' is a synonym of 'log in': " + found);
    }

    @Test
    void productNamesAreNotStemmedIntoOtherWords() throws Exception {
        assertEquals(List.of("phones/teams-audio"), ids("Teams", ""));
    }

    @Test
    void aWordInTheTitleCountsMoreThanInTheBody() throws Exception {
        List<String> found = ids("battery", "");
        assertEquals(List.of("devices/battery-title", "devices/battery-body"), found);
    }

    @Test
    void longPastedLogsStillFindTheFix() throws Exception {
        String log = "java.lang.IllegalStateException: at com.vendor.Client.call(Client.java:42)\n".repeat(300);
        assertEquals(
                "access/access-denied",
                ids("Access denied on shared drive", log).get(0));
    }

    @Test
    void wordsNextToEachOtherInTheTicketRankArticlesWithThemTogetherFirst() throws Exception {
        // The shorter article has both words too, far apart; without the pair it ranks first.
        assertEquals("devices/reader-dark", ids("", "my badge reader is dead").get(0));
    }
}
