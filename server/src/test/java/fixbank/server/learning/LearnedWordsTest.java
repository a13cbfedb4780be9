package fixbank.server.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.MovableClock;
import fixbank.server.database.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned words in a real SQLite file: what a vote teaches, how it is bounded and how it fades. */
class LearnedWordsTest {

    private static final String ARTICLE = "phones/pager";

    @TempDir
    Path temp;

    private Database database;
    private LearnedEvidence evidence;
    private LearnedWords learned;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));

    @BeforeEach
    void open() {
        database = Database.open("jdbc:sqlite:" + temp.resolve("fixbank.db"));
        database.migrate();
        evidence = new LearnedEvidence();
        // Words are split on spaces here; the server passes the index's analysis.
        learned = new LearnedWords(database, evidence, text -> Arrays.asList(text.split(" ")), clock);
    }

    @AfterEach
    void close() {
        learned.close();
        database.close();
    }

    private void helpful(String voter, boolean staff, String ticket) {
        String journey = "journey-" + voter;
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO journey (id, started_at,"
                    + " source, audience, ticket_text, ticket_key) VALUES (?, 0, 'report', 'public', ?, '')")) {
                insert.setString(1, journey);
                insert.setString(2, ticket);
                insert.executeUpdate();
            }
            learned.vote(connection, ARTICLE, voter, staff, true, journey);
            return null;
        });
        learned.reload(ARTICLE);
    }

    private float strength(String word) {
        return evidence.learnedFor(Set.of(word)).getOrDefault(ARTICLE, Map.of()).getOrDefault(word, 0f);
    }

    @Test
    void anonymousVotesAddUpToHalfAtMostAndStaffVotesCountDouble() {
        helpful("a", false, "bleep silent");
        assertEquals(0.25f, strength("bleep"), 1e-6);
        for (String voter : List.of("b", "c", "d", "e")) {
            helpful(voter, false, "bleep");
        }
        assertEquals(0.5f, strength("bleep"), 1e-6, "five anonymous people count as two");
        helpful("staff", true, "bleep");
        assertEquals(1f, strength("bleep"), 1e-6);
    }

    @Test
    void aVoteFadesByHalfEveryNinetyDays() {
        helpful("a", true, "bleep");
        clock.advance(Duration.ofDays(90));
        learned.reload(ARTICLE);
        assertEquals(0.25f, strength("bleep"), 1e-4);
    }

    @Test
    void eachVoteTeachesSixteenWordsAndEachArticleKeepsItsNewestThreeHundred() {
        for (int voter = 0; voter < 30; voter++) {
            StringBuilder ticket = new StringBuilder();
            for (int word = 0; word < 20; word++) {
                ticket.append("w").append(voter).append('x').append(word).append(' ');
            }
            clock.advance(Duration.ofSeconds(60));
            helpful("voter" + voter, false, ticket.toString().strip());
        }
        List<LearnedWord> words = learned.words(ARTICLE);
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
