package fixbank.server.learning;

import fixbank.server.database.Database;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * What one server has of the learned words: its own connections to the database and its own words in memory,
 * looking for other servers' changes only when a test calls {@link LearnedWords#followOthers}. Ticket words
 * are split on spaces here; the server passes the index's analysis.
 */
record LearningServer(Database database, LearnedEvidence evidence, LearnedWords learned) implements AutoCloseable {

    static final String ARTICLE = "phones/pager";

    static LearningServer on(String url, Clock clock) {
        Database database = Database.open(url);
        database.migrate();
        LearnedEvidence evidence = new LearnedEvidence();
        LearnedWords learned = new LearnedWords(
                database, evidence, text -> Arrays.asList(text.split(" ")), clock, Duration.ofHours(1));
        return new LearningServer(database, evidence, learned);
    }

    /** {@code voter} says {@link #ARTICLE} solved their ticket of {@code ticket}, through this server. */
    void helpful(String voter, boolean staff, String ticket) {
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

    /** What {@code word} counts for {@link #ARTICLE} on this server now. */
    float strength(String word) {
        return evidence.learnedFor(Set.of(word)).getOrDefault(ARTICLE, Map.of()).getOrDefault(word, 0f);
    }

    @Override
    public void close() {
        learned.close();
        database.close();
    }
}
