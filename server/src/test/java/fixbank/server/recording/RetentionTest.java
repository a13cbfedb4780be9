package fixbank.server.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fixbank.server.MovableClock;
import fixbank.server.database.Database;
import fixbank.server.database.PostgresInstalled;
import fixbank.server.database.TestPostgres;
import fixbank.server.privacy.TextScrubber;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What is older than the retention is purged, on each engine; what is newer stays (#12). */
class RetentionTest {

    @TempDir
    Path temp;

    @Test
    void oldRecordsArePurgedFromSqlite() throws Exception {
        purgesOnlyWhatIsOlderThanTheRetention("jdbc:sqlite:" + temp.resolve("fixbank.db"));
    }

    @Test
    @ExtendWith(PostgresInstalled.class)
    void oldRecordsArePurgedFromPostgres() throws Exception {
        purgesOnlyWhatIsOlderThanTheRetention(TestPostgres.newDatabase());
    }

    private static void purgesOnlyWhatIsOlderThanTheRetention(String url) throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
        try (Database database = Database.open(url);
                EventRecorder recorder =
                        new EventRecorder(database, TextScrubber.standard(), Duration.ofDays(180), clock)) {
            database.migrate();
            ClientId old = new ClientId("journey-old-0123456789");
            recorder.record(new SuggestionsShown(
                    old,
                    clock.millis(),
                    "report",
                    "public",
                    "printer jam",
                    "",
                    List.of(new SuggestionsShown.Shown("printing/jam", "0123456789abcdef", 1))));
            recorder.record(
                    new SearchMade(new ClientId("search-old-0123456789"), clock.millis(), "public", "printer jam", 0));
            recorder.record(new TicketSent(old, clock.millis()));
            clock.advance(Duration.ofDays(100));
            recorder.record(
                    new SearchMade(new ClientId("search-new-0123456789"), clock.millis(), "public", "scanner", 0));
            recorder.flush(Duration.ofSeconds(10));
            assertEquals(List.of(1, 1, 2), counts(database));

            clock.advance(Duration.ofDays(81)); // the first records are 181 days old, the last 81
            recorder.purge();
            assertEquals(List.of(0, 0, 1), counts(database));
        }
    }

    /** Rows in journey, journey_article and search. */
    private static List<Integer> counts(Database database) {
        return database.inTransaction(connection -> {
            try (Statement query = connection.createStatement()) {
                return List.of(
                        count(query, "SELECT COUNT(*) FROM journey"),
                        count(query, "SELECT COUNT(*) FROM journey_article"),
                        count(query, "SELECT COUNT(*) FROM search"));
            }
        });
    }

    private static int count(Statement query, String sql) throws SQLException {
        try (ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
