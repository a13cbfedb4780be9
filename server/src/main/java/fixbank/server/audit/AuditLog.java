package fixbank.server.audit;

import fixbank.server.database.Database;
import fixbank.server.insights.CsvTable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** The most entries of one article's history read; far more than years of edits. */
    private static final int MAX_HISTORY = 10_000;

    private final Database database;
    private final Clock clock;

    public AuditLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Keeps that {@code actor} did {@code action} to {@code articleId}; {@code version} and {@code detail} may be null. */
    public void record(String actor, String action, String articleId, String version, String detail) {
        database.inTransaction(connection -> {
            // One article's entries never share a millisecond, so its history reads in the order things were done.
            long at = clock.millis();
            try (PreparedStatement last =
                    connection.prepareStatement("SELECT MAX(at) FROM audit_log WHERE article_id = ?")) {
                last.setQueryTimeout(Database.STATEMENT_SECONDS);
                last.setString(1, articleId);
                try (ResultSet rows = last.executeQuery()) {
                    if (rows.next() && rows.getObject(1) != null) {
                        at = Math.max(at, rows.getLong(1) + 1);
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log (at, actor, action,"
                    + " article_id, article_version, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setQueryTimeout(Database.STATEMENT_SECONDS);
                insert.setLong(1, at);
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
                        read.add(entry(rows));
                    }
                }
            }
            return read;
        });
        return new Report(entries);
    }

    /**
     * Everything done to one article, oldest first: the workflow reads from it who wrote the change now
     * waiting and what a reviewer said when sending it back.
     */
    public List<AuditEntry> history(String articleId) {
        return database.inTransaction(connection -> {
            List<AuditEntry> read = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT at, actor, action, article_id,"
                    + " article_version, detail FROM audit_log WHERE article_id = ? ORDER BY at LIMIT ?")) {
                select.setQueryTimeout(Database.STATEMENT_SECONDS);
                select.setString(1, articleId);
                select.setInt(2, MAX_HISTORY);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        read.add(entry(rows));
                    }
                }
            }
            return read;
        });
    }

    private static AuditEntry entry(ResultSet rows) throws SQLException {
        return new AuditEntry(
                Instant.ofEpochMilli(rows.getLong(1)).toString(),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6));
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
