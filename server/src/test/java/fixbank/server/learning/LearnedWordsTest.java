package fixbank.server.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned words in a real SQLite file: what a vote teaches, how it is bounded and how it fades. */
class LearnedWordsTest {

    @TempDir
    Path temp;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private LearningServer server;
    private LearnedWords learned;

    @BeforeEach
    void open() {
        server = LearningServer.on("jdbc:sqlite:" + temp.resolve("fixbank.db"), clock);
        learned = server.learned();
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void anonymousVotesAddUpToHalfAtMostAndStaffVotesCountDouble() {
        server.helpful("a", false, "bleep silent");
        assertEquals(0.25f, server.strength("bleep"), 1e-6);
        for (String voter : List.of("b", "c", "d", "e")) {
            server.helpful(voter, false, "bleep");
        }
        assertEquals(0.5f, server.strength("bleep"), 1e-6, "five anonymous people count as two");
        server.helpful("staff", true, "bleep");
        assertEquals(1f, server.strength("bleep"), 1e-6);
    }

    @Test
    void aVoteFadesByHalfEveryNinetyDays() {
        server.helpful("a", true, "bleep");
        clock.advance(Duration.ofDays(90));
        learned.reload(LearningServer.ARTICLE);
        assertEquals(0.25f, server.strength("bleep"), 1e-4);
    }

    @Test
    void eachVoteTeachesSixteenWordsAndEachArticleKeepsItsNewestThreeHundred() {
        for (int voter = 0; voter < 30; voter++) {
            StringBuilder ticket = new StringBuilder();
            for (int word = 0; word < 20; word++) {
                ticket.append("w").append(voter).append('x').append(word).append(' ');
            }
            clock.advance(Duration.ofSeconds(60));
            server.helpful("voter" + voter, false, ticket.toString().strip());
        }
        List<LearnedWord> words = learned.words(LearningServer.ARTICLE);
        // Rows taught at one moment are kept or dropped together, so a vote at the boundary keeps all its words.
        assertTrue(
                words.size() >= LearningPolicy.WORDS_PER_ARTICLE
                        && words.size() < LearningPolicy.WORDS_PER_ARTICLE + LearningPolicy.WORDS_PER_VOTE,
                words.size() + " words");
        assertTrue(words.stream().noneMatch(word -> word.word().startsWith("w0x")), "the oldest went first");
        assertTrue(words.stream().noneMatch(word -> word.word().endsWith("x16")), "sixteen words a vote");
        assertTrue(words.stream().anyMatch(word -> word.word().equals("w29x15")));
    }
}
