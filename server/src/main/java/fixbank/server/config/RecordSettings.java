package fixbank.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What Fixbank records of how it is used (searches, suggestions shown, articles opened, feedback) and where.
 *
 * @param on whether anything is recorded; off keeps no database at all
 * @param databaseUrl a PostgreSQL JDBC URL; none means the embedded SQLite file beside the index
 * @param retention how long recorded events and feedback are kept before they are purged
 * @param scrubPatterns a file of further patterns (regular expressions, one a line) removed from stored text
 * @param learn whether feedback that a fix helped teaches the article the ticket's words (needs {@code on})
 */
public record RecordSettings(
        boolean on, Optional<String> databaseUrl, Duration retention, Optional<Path> scrubPatterns, boolean learn) {

    public static final int MAX_RETENTION_DAYS = 3650;

    public RecordSettings {
        if (retention.compareTo(Duration.ofDays(1)) < 0
                || retention.compareTo(Duration.ofDays(MAX_RETENTION_DAYS)) > 0) {
            throw new IllegalArgumentException("retention-days must be between 1 and " + MAX_RETENTION_DAYS);
        }
        databaseUrl.ifPresent(url -> {
            if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:sqlite:")) {
                throw new IllegalArgumentException(
                        "database must be a PostgreSQL JDBC URL (jdbc:postgresql://HOST/DB?user=...)");
            }
        });
    }

    public RecordSettings withOn(boolean recording) {
        return new RecordSettings(recording, databaseUrl, retention, scrubPatterns, learn);
    }

    public RecordSettings withDatabaseUrl(String url) {
        return new RecordSettings(on, Optional.of(url), retention, scrubPatterns, learn);
    }

    public RecordSettings withLearn(boolean learning) {
        return new RecordSettings(on, databaseUrl, retention, scrubPatterns, learning);
    }

    /**
     * The JDBC URL of the database: the configured one, or an SQLite file {@code fixbank.db} in the folder
     * that holds the index ({@code data/} by default).
     */
    public String jdbcUrl(Path index) {
        return databaseUrl.orElseGet(() -> {
            Path folder = index.toAbsolutePath().getParent();
            return "jdbc:sqlite:" + folder.resolve("fixbank.db");
        });
    }
}
