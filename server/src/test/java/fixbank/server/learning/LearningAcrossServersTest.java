package fixbank.server.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.MovableClock;
import fixbank.server.database.Database;
import fixbank.server.database.PostgresInstalled;
import fixbank.server.database.TestPostgres;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers sharing one database (#15), each with its own connection pool and its own learned words in
 * memory: a vote through one teaches the other, and words cleared through one are gone from the other, once
 * the other looks for changes (every few seconds; here called directly), not an hour later.
 */
class LearningAcrossServersTest {

    private static final String ARTICLE = "phones/pager";

    @TempDir
    Path temp;

    @Test
    void serversSharingSqliteLearnFromEachOther() {
        learnFromEachOther("jdbc:sqlite:" + temp.resolve("fixbank.db"));
    }

    @Test
    @ExtendWith(PostgresInstalled.class)
    void serversSharingPostgresLearnFromEachOther() {
        learnFromEachOther(TestPostgres.newDatabase());
    }

    /** One server: its database connections and its learned words, looking for changes only when told. */
    private record Server(Database database, LearnedEvidence evidence, LearnedWords learned) implements AutoCloseable {

        static Server on(String url, Clock clock) {
            Database database = Database.open(url);
            database.migrate();
            LearnedEvidence evidence = new LearnedEvidence();
            LearnedWords learned = new LearnedWords(
                    database, evidence, text -> Arrays.asList(text.split(" ")), clock, Duration.ofHours(1));
            return new Server(database, evidence, learned);
        }

        void helpful(String voter, String ticket) {
            String journey = "journey-" + voter;
            database.inTransaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO journey (id, started_at,"
                        + " source, audience, ticket_text, ticket_key) VALUES (?, 0, 'report', 'public', ?, '')")) {
                    insert.setString(1, journey);
                    insert.setString(2, ticket);
                    insert.executeUpdate();
                }
                learned.vote(connection, ARTICLE, voter, true, true, journey);
                return null;
            });
            learned.reload(ARTICLE);
        }

        float strength(String word) {
            return evidence.learnedFor(Set.of(word))
                    .getOrDefault(ARTICLE, Map.of())
                    .getOrDefault(word, 0f);
        }

        @Override
        public void close() {
            learned.close();
            database.close();
        }
    }

    private static void learnFromEachOther(String url) {
        MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
        try (Server first = Server.on(url, clock);
                Server second = Server.on(url, clock)) {
            first.helpful("a", "bleep silent");
            second.learned.followOthers();
            assertEquals(first.strength("bleep"), second.strength("bleep"), 1e-6);
            assertTrue(second.strength("bleep") > 0, "the vote through the first server taught the second");

            // Past the margin each look takes for clocks that differ, so that only a new change is reloaded.
            clock.advance(Duration.ofMinutes(5));
            second.learned.followOthers();
            clock.advance(Duration.ofMinutes(5));
            first.learned.clear(ARTICLE);
            second.learned.followOthers();
            assertEquals(
                    0f, second.strength("bleep"), "words cleared through the first server are gone from the second");
        }
    }
}
