package fixbank.server.insights;

import fixbank.indexer.article.Status;
import fixbank.server.article.ArticleFacts;
import fixbank.server.article.ArticleService;
import fixbank.server.database.Database;
import fixbank.server.validation.InvalidRequestException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures of the insights page, read from what was recorded: deflection by week, use of each article,
 * articles that need attention, and questions left unanswered. Counts for an article are for the version
 * served now, so a rewritten article is not judged by the votes its old text got.
 *
 * <p>Thread-safe.
 */
public final class InsightsService {

    public static final int MAX_WEEKS = 104;
    public static final int MAX_DAYS = 3650;

    /** An article is "mostly not helpful" with at least this many votes, most of them "no". */
    static final int MIN_VOTES_TO_JUDGE = 3;

    static final int COMMENTS_PER_ARTICLE = 3;
    static final int MAX_QUESTIONS = 200;
    static final int EXAMPLES = 3;

    /** 1970-01-05, the first Monday of the epoch, in milliseconds: weeks are counted from it. */
    private static final long FIRST_MONDAY_MILLIS = Duration.ofDays(4).toMillis();

    private static final long WEEK_MILLIS = Duration.ofDays(7).toMillis();

    private final Database database;
    private final ArticleService articles;
    private final Clock clock;
    private final WaitingForReview waiting;

    /** A review date this close counts as due soon. */
    static final int REVIEW_DUE_DAYS = 30;

    public InsightsService(Database database, ArticleService articles, Clock clock, WaitingForReview waiting) {
        this.database = database;
        this.articles = articles;
        this.clock = clock;
        this.waiting = waiting;
    }

    public Deflection deflection(int weeks) {
        check(weeks, MAX_WEEKS, "weeks");
        LocalDate thisMonday = LocalDate.now(clock.withZone(ZoneOffset.UTC)).with(DayOfWeek.MONDAY);
        LocalDate firstMonday = thisMonday.minusWeeks(weeks - 1L);
        long since = firstMonday.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        Map<Long, long[]> byWeek = database.inTransaction(connection -> weekly(connection, since));
        List<Deflection.Week> rows = new ArrayList<>();
        long started = 0;
        long solved = 0;
        long sent = 0;
        for (int i = 0; i < weeks; i++) {
            LocalDate monday = firstMonday.plusWeeks(i);
            long index = (monday.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - FIRST_MONDAY_MILLIS)
                    / WEEK_MILLIS;
            long[] counts = byWeek.getOrDefault(index, new long[3]);
            rows.add(new Deflection.Week(
                    monday.toString(), counts[0], counts[1], counts[2], counts[0] - counts[1] - counts[2]));
            started += counts[0];
            solved += counts[1];
            sent += counts[2];
        }
        return new Deflection(rows, new Deflection.Counts(started, solved, sent, started - solved - sent));
    }

    /** Started, solved and sent journeys by week number since {@link #FIRST_MONDAY_MILLIS}. */
    private static Map<Long, long[]> weekly(Connection connection, long since) throws SQLException {
        String sql = "SELECT (j.started_at - ?) / ? AS week, COUNT(*),"
                + " SUM(CASE WHEN j.sent_at IS NULL AND (f.yes = 1 OR (j.opened = 1 AND COALESCE(f.no, 0) = 0))"
                + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN j.sent_at IS NOT NULL THEN 1 ELSE 0 END)"
                + " FROM journey j LEFT JOIN (SELECT journey_id, MAX(helpful) AS yes, MAX(1 - helpful) AS no"
                + " FROM feedback WHERE journey_id IS NOT NULL AND at >= ? GROUP BY journey_id) f ON f.journey_id = j.id"
                + " WHERE j.started_at >= ? GROUP BY 1";
        Map<Long, long[]> byWeek = new TreeMap<>();
        try (PreparedStatement query = prepare(connection, sql)) {
            query.setLong(1, FIRST_MONDAY_MILLIS);
            query.setLong(2, WEEK_MILLIS);
            query.setLong(3, since);
            query.setLong(4, since);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byWeek.put(rows.getLong(1), new long[] {rows.getLong(2), rows.getLong(3), rows.getLong(4)});
                }
            }
        }
        return byWeek;
    }

    /** Use of every article (of {@code owner}, when given) over the last {@code days}, most shown first. */
    public ArticleUse.Report articles(Optional<String> owner, int days) throws IOException {
        check(days, MAX_DAYS, "days");
        long since = clock.millis() - Duration.ofDays(days).toMillis();
        List<ArticleFacts> facts = ofOwner(owner);
        Set<String> submitted = waiting.ids();
        Map<String, Tally> tallies = database.inTransaction(connection -> tallies(connection, since));
        List<ArticleUse> rows = new ArrayList<>();
        for (ArticleFacts article : facts) {
            Tally tally = tallies.getOrDefault(key(article.id(), article.version()), new Tally());
            rows.add(new ArticleUse(
                    article.id(),
                    article.title(),
                    owner(article),
                    article.version(),
                    tally.shown,
                    tally.opened,
                    tally.helpful,
                    tally.notHelpful,
                    Map.copyOf(tally.reasons),
                    tally.solved,
                    tally.sentAfterOpening,
                    article.reviewBy().map(LocalDate::toString).orElse(null),
                    article.href()));
        }
        rows.sort(Comparator.comparingLong(ArticleUse::shown)
                .thenComparingLong(ArticleUse::opened)
                .reversed()
                .thenComparing(ArticleUse::id));
        return new ArticleUse.Report(rows);
    }

    /**
     * Articles (of {@code owner}, when given) that need their owner's attention, the most voted down first: the
     * owner's desk, when filtered by owner.
     */
    public Attention.Report attention(Optional<String> owner) throws IOException {
        long since = clock.millis() - Duration.ofDays(MAX_DAYS).toMillis();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<ArticleFacts> facts = ofOwner(owner);
        Set<String> submitted = waiting.ids();
        Map<String, Tally> tallies = database.inTransaction(connection -> tallies(connection, since));
        Map<String, List<Attention.Comment>> comments = database.inTransaction(InsightsService::latestComments);
        List<Attention> rows = new ArrayList<>();
        for (ArticleFacts article : facts) {
            String key = key(article.id(), article.version());
            Tally tally = tallies.getOrDefault(key, new Tally());
            List<String> why = new ArrayList<>();
            long votes = tally.helpful + tally.notHelpful;
            if (votes >= MIN_VOTES_TO_JUDGE && tally.notHelpful * 2 > votes) {
                why.add("mostly-not-helpful");
            } else if (tally.notHelpful > 0) {
                why.add("negative-feedback");
            }
            if (tally.reasons.getOrDefault("out-of-date", 0L) > 0) {
                why.add("out-of-date");
            }
            if (article.reviewBy().map(date -> date.isBefore(today)).orElse(false)) {
                why.add("review-overdue");
            } else if (article.reviewBy()
                    .map(date -> !date.isAfter(today.plusDays(REVIEW_DUE_DAYS)))
                    .orElse(false)) {
                why.add("review-due-soon");
            }
            if (Status.REVIEW.key().equals(article.status()) || submitted.contains(article.id())) {
                why.add("pending-review");
            }
            if (article.owner() == null || article.owner().isBlank()) {
                why.add("no-owner");
            }
            if (!why.isEmpty()) {
                rows.add(new Attention(
                        article.id(),
                        article.title(),
                        owner(article),
                        article.reviewBy().map(LocalDate::toString).orElse(null),
                        article.href(),
                        why,
                        tally.helpful,
                        tally.notHelpful,
                        comments.getOrDefault(key, List.of())));
            }
        }
        rows.sort(Comparator.comparingLong(Attention::notHelpful).reversed().thenComparing(Attention::id));
        return new Attention.Report(rows);
    }

    /** The owners named by articles, in alphabetical order. */
    public List<String> owners() throws IOException {
        TreeSet<String> owners = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (ArticleFacts article : articles.allFacts()) {
            if (article.owner() != null && !article.owner().isBlank()) {
                owners.add(article.owner());
            }
        }
        return List.copyOf(owners);
    }

    /** Needs not met over the last {@code days}, grouped by wording; the most asked first, then the newest. */
    public UnansweredQuestion.Report unanswered(int days) {
        check(days, MAX_DAYS, "days");
        long since = clock.millis() - Duration.ofDays(days).toMillis();
        return new UnansweredQuestion.Report(
                database.inTransaction(connection -> UnansweredQuestions.read(connection, since)));
    }

    private List<ArticleFacts> ofOwner(Optional<String> owner) throws IOException {
        List<ArticleFacts> all = articles.allFacts();
        if (owner.isEmpty()) {
            return all;
        }
        String wanted = owner.get().strip().toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(article -> article.owner() != null
                        && article.owner().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
    }

    private static String owner(ArticleFacts article) {
        return article.owner() == null || article.owner().isBlank() ? null : article.owner();
    }

    private static void check(int value, int max, String field) {
        if (value < 1 || value > max) {
            throw new InvalidRequestException(field, field + " must be between 1 and " + max);
        }
    }

    static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(Database.STATEMENT_SECONDS);
        return statement;
    }

    private static String key(String id, String version) {
        return id + "\n" + version;
    }

    /** What was recorded of one article version. */
    private static final class Tally {
        long shown;
        long opened;
        long helpful;
        long notHelpful;
        long solved;
        long sentAfterOpening;
        final Map<String, Long> reasons = new TreeMap<>();
    }

    private static Map<String, Tally> tallies(Connection connection, long since) throws SQLException {
        Map<String, Tally> tallies = new HashMap<>();
        each(
                connection,
                "SELECT article_id, article_version, COUNT(*), SUM(CASE WHEN opened_at IS NOT NULL THEN 1 ELSE 0 END)"
                        + " FROM journey_article WHERE shown_at >= ? GROUP BY article_id, article_version",
                since,
                (tally, rows) -> {
                    tally.shown += rows.getLong(3);
                    tally.opened += rows.getLong(4);
                },
                tallies);
        each(
                connection,
                "SELECT opened_article, opened_version, COUNT(*) FROM search"
                        + " WHERE opened_at >= ? GROUP BY opened_article, opened_version",
                since,
                (tally, rows) -> tally.opened += rows.getLong(3),
                tallies);
        each(
                connection,
                "SELECT article_id, article_version, helpful, reason, COUNT(*) FROM feedback WHERE at >= ?"
                        + " GROUP BY article_id, article_version, helpful, reason",
                since,
                (tally, rows) -> {
                    long count = rows.getLong(5);
                    if (rows.getInt(3) == 1) {
                        tally.helpful += count;
                    } else {
                        tally.notHelpful += count;
                        String reason = rows.getString(4);
                        if (reason != null) {
                            tally.reasons.merge(reason, count, Long::sum);
                        }
                    }
                },
                tallies);
        each(
                connection,
                "SELECT a.article_id, a.article_version, COUNT(*) FROM journey_article a JOIN journey j"
                        + " ON j.id = a.journey_id WHERE a.shown_at >= ? AND a.opened_at IS NOT NULL"
                        + " AND j.sent_at IS NOT NULL GROUP BY a.article_id, a.article_version",
                since,
                (tally, rows) -> tally.sentAfterOpening += rows.getLong(3),
                tallies);
        // As the deflection counts a ticket solved, but by the article that solved it; in two parts, each
        // over few rows: articles opened (helpful unless some fix was called unhelpful), and articles called
        // helpful without being opened.
        each(
                connection,
                "SELECT a.article_id, a.article_version, COUNT(*) FROM journey_article a JOIN journey j"
                        + " ON j.id = a.journey_id WHERE a.opened_at IS NOT NULL AND a.shown_at >= ? AND j.sent_at IS NULL"
                        + " AND (NOT EXISTS (SELECT 1 FROM feedback f WHERE f.journey_id = j.id AND f.helpful = 0)"
                        + " OR EXISTS (SELECT 1 FROM feedback f WHERE f.journey_id = j.id AND f.article_id = a.article_id"
                        + " AND f.helpful = 1)) GROUP BY a.article_id, a.article_version",
                since,
                (tally, rows) -> tally.solved += rows.getLong(3),
                tallies);
        each(
                connection,
                "SELECT a.article_id, a.article_version, COUNT(*) FROM feedback f JOIN journey j ON j.id = f.journey_id"
                        + " JOIN journey_article a ON a.journey_id = f.journey_id AND a.article_id = f.article_id"
                        + " WHERE f.helpful = 1 AND a.shown_at >= ? AND a.opened_at IS NULL AND j.sent_at IS NULL"
                        + " GROUP BY a.article_id, a.article_version",
                since,
                (tally, rows) -> tally.solved += rows.getLong(3),
                tallies);
        return tallies;
    }

    @FunctionalInterface
    private interface RowInto {
        void add(Tally tally, ResultSet rows) throws SQLException;
    }

    /** Adds each row of {@code sql}, whose first two columns are article id and version, to its tally. */
    private static void each(Connection connection, String sql, long since, RowInto into, Map<String, Tally> tallies)
            throws SQLException {
        try (PreparedStatement query = prepare(connection, sql)) {
            query.setLong(1, since);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    into.add(
                            tallies.computeIfAbsent(key(rows.getString(1), rows.getString(2)), k -> new Tally()), rows);
                }
            }
        }
    }

    private static Map<String, List<Attention.Comment>> latestComments(Connection connection) throws SQLException {
        Map<String, List<Attention.Comment>> comments = new HashMap<>();
        try (PreparedStatement query = prepare(
                connection,
                "SELECT article_id, article_version, at, reason, comment FROM feedback"
                        + " WHERE comment IS NOT NULL ORDER BY at DESC")) {
            query.setMaxRows(10_000);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    List<Attention.Comment> list =
                            comments.computeIfAbsent(key(rows.getString(1), rows.getString(2)), k -> new ArrayList<>());
                    if (list.size() < COMMENTS_PER_ARTICLE) {
                        list.add(new Attention.Comment(
                                Instant.ofEpochMilli(rows.getLong(3)).toString(),
                                rows.getString(4),
                                rows.getString(5)));
                    }
                }
            }
        }
        return comments;
    }
}
