package fixbank.server.audit;

import fixbank.server.database.Database;
import fixbank.server.insights.CsvTable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The audit log: every change to articles and what they learned, who made it and when, in the database the
 * follow-through data lives in, so it survives restarts and is shared by every server. Admins read it newest
 * first, as JSON or CSV.
 *
 * <p>Thread-safe.
 */
public final class AuditLog {

    /** The most entries one read returns. */
    public static final int MAX_ENTRIES = 1_000;

    private final Database database;
    private final Clock clock;

    public AuditLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Keeps that {@code actor} did {@code action} to {@code articleId}; {@code version} and {@code detail} may be null. */
    public void record(String actor, String action, String articleId, String version, String detail) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log (at, actor, action,"
                    + " article_id, article_version, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setQueryTimeout(Database.STATEMENT_SECONDS);
                insert.setLong(1, clock.millis());
                insert.setString(2, Objects.requireNonNull(actor, "actor"));
                insert.setString(3, Objects.requireNonNull(action, "action"));
                insert.setString(4, Objects.requireNonNull(articleId, "articleId"));
                insert.setString(5, version);
                insert.setString(6, detail);
                return insert.executeUpdate();
            }
        });
    }

    /** The newest {@code limit} entries, newest first. */
    public Report newest(int limit) {
        List<AuditEntry> entries = database.inTransaction(connection -> {
            List<AuditEntry> read = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT at, actor, action, article_id,"
                    + " article_version, detail FROM audit_log ORDER BY at DESC LIMIT ?")) {
                select.setQueryTimeout(Database.STATEMENT_SECONDS);
                select.setInt(1, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        read.add(new AuditEntry(
                                Instant.ofEpochMilli(rows.getLong(1)).toString(),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6)));
                    }
                }
            }
            return read;
        });
        return new Report(entries);
    }

    /** Entries, newest first. */
    public record Report(List<AuditEntry> entries) {

        public CsvTable table() {
            return new CsvTable(
                    List.of("at", "actor", "action", "article", "version", "detail"),
                    entries.stream()
                            .map(entry -> List.of(
                                    entry.at(),
                                    entry.actor(),
                                    entry.action(),
                                    entry.articleId(),
                                    entry.version() == null ? "" : entry.version(),
                                    entry.detail() == null ? "" : entry.detail()))
                            .toList());
        }
    }
}
