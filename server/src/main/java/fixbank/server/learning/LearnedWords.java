package fixbank.server.learning;

import fixbank.server.database.Database;
import fixbank.server.database.DatabaseUnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns the words people use for a problem from their feedback: when someone says a suggested article
 * solved their draft ticket, the ticket's telling words become evidence for that article (see
 * {@link LearningPolicy} for how much each counts), stored in the {@code learned_word} table and mirrored in
 * {@link LearnedEvidence} for suggest to read. A later "no" from the same person takes their words back;
 * staff can clear an article's words. Decay is applied when the words are loaded, so all are reloaded every
 * hour. Servers that share one database (#15) learn from each other's votes too: each change is noted in the
 * {@code learned_change} table, and every {@link #FOLLOW} each server reloads the articles noted since it last
 * looked.
 *
 * <p>Thread-safe.
 */
public final class LearnedWords implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LearnedWords.class);

    private final Database database;
    private final LearnedEvidence evidence;
    private final Function<String, List<String>> wordsOf;
    private final Clock clock;
    private final ScheduledExecutorService reloads;

    /** How often a server looks for words learned through the other servers sharing its database. */
    static final Duration FOLLOW = Duration.ofSeconds(5);

    /**
     * How much further back than its last look a server looks: changes are stamped with the clock of the
     * server that made them, and servers' clocks differ a little. An article noted twice is reloaded twice.
     */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    /**
     * Notes older than this are deleted at each hourly reload: every server has reloaded everything since.
     */
    private static final Duration KEEP_CHANGES = Duration.ofHours(1);

    private volatile long lookedAt;

    /**
     * @param wordsOf the telling words of a ticket's text, stemmed as the index stems them, first ones first
     */
    public LearnedWords(
            Database database, LearnedEvidence evidence, Function<String, List<String>> wordsOf, Clock clock) {
        this(database, evidence, wordsOf, clock, FOLLOW);
    }

    /** With {@code follow} between looks for other servers' changes. */
    LearnedWords(
            Database database,
            LearnedEvidence evidence,
            Function<String, List<String>> wordsOf,
            Clock clock,
            Duration follow) {
        this.database = database;
        this.evidence = evidence;
        this.wordsOf = wordsOf;
        this.clock = clock;
        this.lookedAt = clock.millis();
        this.reloads = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fixbank-learned-words");
            thread.setDaemon(true);
            return thread;
        });
        reloads.scheduleWithFixedDelay(this::reloadAll, 0, 1, TimeUnit.HOURS);
        reloads.scheduleWithFixedDelay(this::followOthers, follow.toMillis(), follow.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Within the feedback's transaction: takes back what {@code voter} taught {@code article}, and when the
     * vote says it helped, teaches it the words of the ticket of {@code journey} (if that ticket was recorded).
     * Call {@link #reload} for the article once the transaction has committed.
     */
    public void vote(
            Connection connection, String article, String voter, boolean staff, boolean helpful, String journey)
            throws SQLException {
        try (PreparedStatement forget =
                connection.prepareStatement("DELETE FROM learned_word WHERE article_id = ? AND voter = ?")) {
            forget.setQueryTimeout(Database.STATEMENT_SECONDS);
            forget.setString(1, article);
            forget.setString(2, voter);
            forget.executeUpdate();
        }
        noteChange(connection, article);
        if (!helpful || journey == null) {
            return;
        }
        String ticket = ticketText(connection, journey);
        if (ticket == null) {
            return;
        }
        List<String> words = wordsOf.apply(ticket).stream()
                .filter(word -> word.length() <= 64)
                .distinct()
                .limit(LearningPolicy.WORDS_PER_VOTE)
                .toList();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO learned_word (article_id, word, voter, staff, at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setQueryTimeout(Database.STATEMENT_SECONDS);
            for (String word : words) {
                insert.setString(1, article);
                insert.setString(2, word);
                insert.setString(3, voter);
                insert.setInt(4, staff ? 1 : 0);
                insert.setLong(5, clock.millis());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        keepNewest(connection, article);
    }

    private static String ticketText(Connection connection, String journey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT ticket_text FROM journey WHERE id = ?")) {
            select.setQueryTimeout(Database.STATEMENT_SECONDS);
            select.setString(1, journey);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** Tells the other servers sharing the database to reload {@code article}'s words. */
    private void noteChange(Connection connection, String article) throws SQLException {
        try (PreparedStatement note =
                connection.prepareStatement("INSERT INTO learned_change (article_id, at) VALUES (?, ?)")) {
            note.setQueryTimeout(Database.STATEMENT_SECONDS);
            note.setString(1, article);
            note.setLong(2, clock.millis());
            note.executeUpdate();
        }
    }

    /** Reloads the articles whose words changed since the last look, through any server. */
    void followOthers() {
        long now = clock.millis();
        long since = lookedAt - CLOCK_MARGIN.toMillis();
        try {
            List<String> changed = database.inTransaction(connection -> {
                List<String> articles = new ArrayList<>();
                try (PreparedStatement select =
                        connection.prepareStatement("SELECT DISTINCT article_id FROM learned_change WHERE at >= ?")) {
                    select.setQueryTimeout(Database.STATEMENT_SECONDS);
                    select.setLong(1, since);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            articles.add(rows.getString(1));
                        }
                    }
                }
                return articles;
            });
            changed.forEach(this::reload);
            lookedAt = now;
        } catch (DatabaseUnavailableException e) {
            LOG.warn("learned words of other servers not loaded: the database cannot be reached; trying again");
        }
    }

    /** Drops the article's oldest rows past {@link LearningPolicy#WORDS_PER_ARTICLE}. */
    private static void keepNewest(Connection connection, String article) throws SQLException {
        try (PreparedStatement trim = connection.prepareStatement("DELETE FROM learned_word WHERE article_id = ?"
                + " AND at < (SELECT MIN(at) FROM (SELECT at FROM learned_word WHERE article_id = ?"
                + " ORDER BY at DESC LIMIT " + LearningPolicy.WORDS_PER_ARTICLE + ") newest)")) {
            trim.setQueryTimeout(Database.STATEMENT_SECONDS);
            trim.setString(1, article);
            trim.setString(2, article);
            trim.executeUpdate();
        }
    }

    /** Forgets every word learned for {@code article}; returns how many rows went. */
    public int clear(String article) {
        int cleared = database.inTransaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM learned_word WHERE article_id = ?")) {
                delete.setQueryTimeout(Database.STATEMENT_SECONDS);
                delete.setString(1, article);
                int deleted = delete.executeUpdate();
                noteChange(connection, article);
                return deleted;
            }
        });
        evidence.replace(article, Map.of());
        return cleared;
    }

    /** The words learned for {@code article}, strongest first. */
    public List<LearnedWord> words(String article) {
        Map<String, Tally> tallies = tallies(article);
        List<LearnedWord> words = new ArrayList<>();
        tallies.forEach((word, tally) -> words.add(new LearnedWord(
                word,
                tally.voters,
                tally.staffVoters,
                tally.strength(),
                Instant.ofEpochMilli(tally.last).toString())));
        words.sort((a, b) -> Float.compare(b.strength(), a.strength()));
        return words;
    }

    /** Loads the article's words from the database into the evidence suggest reads. */
    public void reload(String article) {
        Map<String, Float> strengths = new HashMap<>();
        tallies(article).forEach((word, tally) -> strengths.put(word, tally.strength()));
        evidence.replace(article, strengths);
    }

    private Map<String, Tally> tallies(String article) {
        return database.inTransaction(connection -> {
            Map<String, Tally> tallies = new TreeMap<>();
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT word, staff, at FROM learned_word WHERE article_id = ?")) {
                select.setQueryTimeout(Database.STATEMENT_SECONDS);
                select.setString(1, article);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        tallies.computeIfAbsent(rows.getString(1), w -> new Tally())
                                .add(rows.getInt(2) == 1, rows.getLong(3), clock.millis());
                    }
                }
            }
            return tallies;
        });
    }

    private void reloadAll() {
        try {
            Map<String, Map<String, Tally>> byArticle = database.inTransaction(connection -> {
                try (PreparedStatement drop = connection.prepareStatement("DELETE FROM learned_change WHERE at < ?")) {
                    drop.setQueryTimeout(Database.STATEMENT_SECONDS);
                    drop.setLong(1, clock.millis() - KEEP_CHANGES.toMillis());
                    drop.executeUpdate();
                }
                Map<String, Map<String, Tally>> all = new HashMap<>();
                try (PreparedStatement select =
                        connection.prepareStatement("SELECT article_id, word, staff, at FROM learned_word")) {
                    select.setQueryTimeout(Database.STATEMENT_SECONDS);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            all.computeIfAbsent(rows.getString(1), a -> new HashMap<>())
                                    .computeIfAbsent(rows.getString(2), w -> new Tally())
                                    .add(rows.getInt(3) == 1, rows.getLong(4), clock.millis());
                        }
                    }
                }
                return all;
            });
            Map<String, Map<String, Float>> all = new HashMap<>();
            byArticle.forEach((article, tallies) -> {
                Map<String, Float> strengths = new HashMap<>();
                tallies.forEach((word, tally) -> strengths.put(word, tally.strength()));
                all.put(article, strengths);
            });
            evidence.replaceAll(all);
        } catch (DatabaseUnavailableException e) {
            LOG.warn("learned words not loaded: the database cannot be reached; retrying in an hour");
        }
    }

    @Override
    public void close() {
        reloads.shutdownNow();
    }

    /** One word's votes, as they count now. */
    private static final class Tally {
        private int voters;
        private int staffVoters;
        private float staffWeight;
        private float anonymousWeight;
        private long last;

        void add(boolean staff, long at, long now) {
            voters++;
            float weight = LearningPolicy.weight(staff, now - at);
            if (staff) {
                staffVoters++;
                staffWeight += weight;
            } else {
                anonymousWeight += weight;
            }
            last = Math.max(last, at);
        }

        float strength() {
            return LearningPolicy.strength(staffWeight, anonymousWeight);
        }
    }
}
