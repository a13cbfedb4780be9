package fixbank.server.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.MovableClock;
import fixbank.server.database.PostgresInstalled;
import fixbank.server.database.TestPostgres;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers sharing one database (#15), each with its own connection pool and its own learned words in
 * memory: a vote through one teaches the other, and words cleared through one are gone from the other, once
 * the other looks for changes (every few seconds; here called directly), not an hour later.
 */
class LearningAcrossServersTest {

    @TempDir
    Path temp;

    @Test
    void serversSharingSqliteLearnFromEachOther() throws InterruptedException {
        learnFromEachOther("jdbc:sqlite:" + temp.resolve("fixbank.db"));
    }

    @Test
    @ExtendWith(PostgresInstalled.class)
    void serversSharingPostgresLearnFromEachOther() throws InterruptedException {
        learnFromEachOther(TestPostgres.newDatabase());
    }

    private static void learnFromEachOther(String url) throws InterruptedException {
        MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
        try (LearningServer first = LearningServer.on(url, clock);
                LearningServer second = LearningServer.on(url, clock)) {
            first.helpful("a", true, "bleep silent");
            second.learned().followOthers();
            assertEquals(first.strength("bleep"), second.strength("bleep"), 1e-6);
            assertTrue(second.strength("bleep") > 0, "the vote through the first server taught the second");

            // Past the margin each look takes for clocks that differ, so that only a new change is reloaded.
            clock.advance(Duration.ofMinutes(5));
            second.learned().followOthers();
            clock.advance(Duration.ofMinutes(5));
            first.learned().clear(LearningServer.ARTICLE);
            second.learned().followOthers();
            assertEquals(
                    0f, second.strength("bleep"), "words cleared through the first server are gone from the second");

            assertTrue(notes(first) > 0);
            clock.advance(Duration.ofHours(2));
            try (LearningServer restarted = LearningServer.on(url, clock)) {
                // Its first reload, on its own thread, deletes the notes every server has reloaded since.
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (notes(restarted) > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertEquals(0, notes(restarted), "notes older than an hour are deleted");
            }
        }
    }

    private static long notes(LearningServer server) {
        return server.database().inTransaction(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM learned_change");
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
