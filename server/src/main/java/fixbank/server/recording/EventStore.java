package fixbank.server.recording;

import fixbank.server.privacy.TextScrubber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes events into the database on one connection, in the transaction of one batch. Every text is scrubbed
 * and cut to its column before it is written.
 */
public final class EventStore implements AutoCloseable {

    static final int MAX_TICKET_CHARS = 600;
    static final int MAX_QUERY_CHARS = 300;

    private final Connection connection;
    private final TextScrubber scrubber;
    private final Wording wording;

    /** Each statement is prepared once per batch, however many events use it. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    EventStore(Connection connection, TextScrubber scrubber, Wording wording) {
        this.connection = connection;
        this.scrubber = scrubber;
        this.wording = wording;
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }

    void suggestionsShown(SuggestionsShown event) throws SQLException {
        // Cut before scrubbing too, so a pasted log costs little more than what is kept of it; with room to
        // spare, so that a number cut in two there is never among what is kept.
        String title = scrubber.scrub(cut(event.title().strip(), MAX_TICKET_CHARS * 2));
        String description = scrubber.scrub(cut(event.description().strip(), MAX_TICKET_CHARS * 2));
        String text = title.isEmpty() ? description : description.isEmpty() ? title : title + " — " + description;
        // The title says what the ticket is about; a description alone stands in when there is none.
        String key = wording.key(title.isEmpty() ? description : title);
        {
            PreparedStatement journey = statement(
                    "INSERT INTO journey (id, started_at, source, audience, ticket_text, ticket_key) VALUES (?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET ticket_text = excluded.ticket_text,"
                            + " ticket_key = excluded.ticket_key");
            journey.setString(1, event.journey().value());
            journey.setLong(2, event.at());
            journey.setString(3, event.source());
            journey.setString(4, event.audience());
            journey.setString(5, cut(text, MAX_TICKET_CHARS));
            journey.setString(6, key);
            journey.executeUpdate();
        }
        {
            PreparedStatement shown = statement(
                    "INSERT INTO journey_article (journey_id, article_id, article_version, best_rank, shown_at)"
                            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (journey_id, article_id) DO UPDATE SET"
                            + " best_rank = CASE WHEN excluded.best_rank < journey_article.best_rank"
                            + " THEN excluded.best_rank ELSE journey_article.best_rank END,"
                            + " article_version = excluded.article_version");
            for (SuggestionsShown.Shown article : event.shown()) {
                shown.setString(1, event.journey().value());
                shown.setString(2, article.articleId());
                shown.setString(3, article.version());
                shown.setInt(4, article.rank());
                shown.setLong(5, event.at());
                shown.addBatch();
            }
            shown.executeBatch();
        }
    }

    void searchMade(SearchMade event) throws SQLException {
        String query = scrubber.scrub(cut(event.query().strip(), MAX_QUERY_CHARS * 2));
        {
            PreparedStatement search = statement(
                    "INSERT INTO search (id, at, audience, query_text, query_key, results) VALUES (?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET at = excluded.at, query_text = excluded.query_text,"
                            + " query_key = excluded.query_key, results = excluded.results");
            search.setString(1, event.search().value());
            search.setLong(2, event.at());
            search.setString(3, event.audience());
            search.setString(4, cut(query, MAX_QUERY_CHARS));
            search.setString(5, wording.key(query));
            search.setInt(6, (int) Math.min(Integer.MAX_VALUE, event.results()));
            search.executeUpdate();
        }
    }

    void articleOpened(ArticleOpened event) throws SQLException {
        if (event.from() == ArticleOpened.From.SEARCH) {
            {
                PreparedStatement search =
                        statement("UPDATE search SET opened_article = ?, opened_version = ?, opened_at = ?"
                                + " WHERE id = ? AND opened_at IS NULL");
                search.setString(1, event.articleId());
                search.setString(2, event.version());
                search.setLong(3, event.at());
                search.setString(4, event.id().value());
                search.executeUpdate();
            }
            return;
        }
        int opened;
        {
            PreparedStatement shown = statement(
                    "UPDATE journey_article SET opened_at = ? WHERE journey_id = ? AND article_id = ? AND opened_at IS NULL");
            shown.setLong(1, event.at());
            shown.setString(2, event.id().value());
            shown.setString(3, event.articleId());
            opened = shown.executeUpdate();
        }
        if (opened > 0) {
            {
                PreparedStatement journey = statement("UPDATE journey SET opened = 1 WHERE id = ?");
                journey.setString(1, event.id().value());
                journey.executeUpdate();
            }
        }
    }

    void ticketSent(TicketSent event) throws SQLException {
        {
            PreparedStatement journey = statement("UPDATE journey SET sent_at = ? WHERE id = ? AND sent_at IS NULL");
            journey.setLong(1, event.at());
            journey.setString(2, event.journey().value());
            journey.executeUpdate();
        }
    }

    /** Deletes everything recorded before {@code cutoff} (epoch milliseconds); returns the rows deleted. */
    int purgeBefore(long cutoff) throws SQLException {
        int deleted = 0;
        for (String sql : new String[] {
            "DELETE FROM journey_article WHERE journey_id IN (SELECT id FROM journey WHERE started_at < ?)",
            "DELETE FROM journey WHERE started_at < ?",
            "DELETE FROM search WHERE at < ?",
            "DELETE FROM feedback WHERE at < ?",
            "DELETE FROM learned_word WHERE at < ?"
        }) {
            {
                PreparedStatement delete = statement(sql);
                delete.setLong(1, cutoff);
                deleted += delete.executeUpdate();
            }
        }
        return deleted;
    }

    static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
