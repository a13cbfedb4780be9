package fixbank.server.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextScrubberTest {

    @TempDir
    Path temp;

    private final TextScrubber scrubber = TextScrubber.standard();

    @Test
    void removesEmailPhoneRecordNumbersAndDates() {
        assertEquals(
                "Mail [email] or call [number], patient [number], MRN[number], born [date] ([date])",
                scrubber.scrub(
                        "Mail jane.doe@nhs.example.org or call +44 20 7946 0958, patient 943 476 5919, MRN12345678,"
                                + " born 12/03/1980 (1980-03-12)"));
    }

    @Test
    void placeholdersCanBeLeftOutWhenTheWordsAreRead() {
        String scrubbed = scrubber.scrub("email from jo@example.org on 12/03/2026 about MRN12345678");
        assertEquals("email from   on   about MRN ", TextScrubber.withoutPlaceholders(scrubbed));
    }

    @Test
    void keepsWhatSaysWhatIsWrong() {
        String ticket = "Printer PRN-4W-02 on ward 4 shows error 0x80070005 after Windows 11 update, 3 users";
        assertEquals(ticket, scrubber.scrub(ticket));
    }

    @Test
    void hospitalPatternsComeFromAFile() throws IOException {
        Path patterns = temp.resolve("patterns.txt");
        Files.writeString(patterns, "# bed numbers\n\nbed\\s+\\w+\n");
        TextScrubber withPatterns = TextScrubber.withPatterns(Optional.of(patterns));
        assertEquals("Monitor at [removed] is blank", withPatterns.scrub("Monitor at Bed 12B is blank"));
    }

    @Test
    void aPatternThatDoesNotCompileIsNamedByItsLine() throws IOException {
        Path patterns = temp.resolve("patterns.txt");
        Files.writeString(patterns, "ok\n(unclosed\n");
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> TextScrubber.withPatterns(Optional.of(patterns)));
        assertTrue(error.getMessage().contains("patterns.txt:2:"), error.getMessage());
    }
}
