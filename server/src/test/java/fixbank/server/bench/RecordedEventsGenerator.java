package fixbank.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import fixbank.indexer.article.Article;
import fixbank.indexer.article.ArticleId;
import fixbank.indexer.article.ArticleParser;
import fixbank.indexer.article.InvalidArticleException;
import fixbank.indexer.article.Status;
import fixbank.indexer.article.Visibility;
import fixbank.server.database.Database;
import fixbank.server.database.Engine;
import fixbank.server.recording.Wording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Fills a Fixbank database with synthetic recorded events, as a busy hospital's server would have recorded them,
 * for benchmarks of the insights endpoints (#12): draft tickets (journeys) with the known fixes shown for them,
 * the fixes opened, feedback and tickets sent anyway; searches with their number of results and the result
 * opened; and feedback given from searches. Not part of the test suite: {@code bench/insights} runs it.
 *
 * <p>What it makes, roughly: one journey for every two searches; a journey shows about five known fixes, and
 * about 30% of journeys open one (a few open two), 10% give feedback on it (55% "yes"; "no" with a reason, some
 * with a comment) and 40% are sent to the service desk anyway (rarely after a "yes", mostly after a "no");
 * about 15% of searches find nothing (mostly hospital wording the Office corpus does not cover, and typos), and
 * about 40% of those that find something have nothing opened. Articles are chosen Zipf-like (a few articles
 * take most of the traffic), with the article the query describes, when the corpus has it, first more often
 * than not. Wording comes from the evaluation queries (titles, cut-off typing, typos, short lower-case forms),
 * itself chosen Zipf-like, so that the same need shows up many times in several wordings. Times are spread over
 * the last DAYS days (less an hour, so a server's purge at start removes none of them), mostly in working hours
 * on weekdays, and rows are inserted in time order, as a server would have written them. Versions are the
 * articles' current ones ({@link Article#version()}, the files parsed as the indexer parses them), except for
 * a few older events that carry an earlier, made-up version, as an article edited since would.
 *
 * <p>The schema is made by the server's own migrations ({@link Database#migrate()}); rows are inserted with
 * plain JDBC in large batches. Existing rows are kept: the events are added to them. The same seed makes the
 * same events (ids and times apart from the current time).
 *
 * <p>Usage: {@code RecordedEventsGenerator JDBC_URL ARTICLES_DIR QUERIES [ROWS] [DAYS] [SEED]}, where QUERIES
 * is a {@code .jsonl} evaluation file or a folder whose {@code *.jsonl} files are all read, ROWS the number of
 * rows to insert across the tables journey, journey_article, search and feedback (default 1,000,000), DAYS
 * the time span (default 180).
 */
public final class RecordedEventsGenerator {

    static final long DEFAULT_ROWS = 1_000_000;
    static final int DEFAULT_DAYS = 180;

    /** Rows per batch sent to the database, and per transaction. */
    private static final int BATCH = 5_000;

    private static final int COMMIT_ROWS = 100_000;

    private static final String[] REASONS = {"did-not-work", "not-my-problem", "hard-to-follow", "out-of-date"};
    private static final double[] REASON_SHARES = {0.38, 0.27, 0.15, 0.12}; // the rest: no reason given

    private static final String[] COMMENTS = {
        "Step 3 does not match what I see on the ward PC.",
        "The menu has moved in the new version.",
        "Did all of this and it still fails.",
        "Too long to follow with a patient waiting.",
        "Worked after a restart, but only for an hour.",
        "This is about Outlook, my problem is with Teams.",
        "The screenshots are out of date.",
        "Could not find the setting it mentions.",
        "Needs admin rights I do not have.",
        "Fixed it, thank you.",
        "Clear and quick.",
        "Half of it applied; the rest was a different problem."
    };

    /** Relative traffic by hour of day (UTC), for a day shift that peaks mid-morning. */
    private static final double[] HOURS = {
        0.15, 0.1, 0.1, 0.1, 0.15, 0.3, 0.6, 0.9, 1.2, 1.4, 1.4, 1.3, 1.0, 1.2, 1.3, 1.2, 1.0, 0.8, 0.6, 0.5, 0.4, 0.35,
        0.3, 0.2
    };

    private static final double WEEKEND_SHARE = 0.35;
    private static final double JOURNEY_SHARE = 1.0 / 3;

    private final List<ArticleRef> articles;
    private final double[] articleCdf;
    private final List<Wordings> needs;
    private final double[] needCdf;
    private final List<Wordings> uncovered;
    private final double[] hourCdf = cdf(HOURS);
    private final Wording wording = new Wording();
    private final long end;
    private final long start;
    private final int days;

    /** An article as the index serves it: its id and current version. */
    record ArticleRef(String id, String version) {}

    /** One need, as the evaluation queries word it, and the article the query describes (null when none). */
    record Wordings(String title, String description, String typing, String typo, String expected) {}

    private RecordedEventsGenerator(List<ArticleRef> articles, List<Wordings> queries, int days, long seed) {
        this.articles = shuffled(articles, new Random(seed));
        this.articleCdf = zipfCdf(articles.size(), 1.05);
        List<String> ids = articles.stream().map(ArticleRef::id).toList();
        Set<String> known = new HashSet<>(ids);
        List<Wordings> covered = new ArrayList<>();
        List<Wordings> notCovered = new ArrayList<>();
        for (Wordings q : queries) {
            (q.expected() != null && known.contains(q.expected()) ? covered : notCovered).add(q);
        }
        // Without queries for articles of this folder, every query is simply a need.
        this.needs = shuffled(covered.isEmpty() ? queries : covered, new Random(seed + 1));
        this.needCdf = zipfCdf(needs.size(), 0.9);
        this.uncovered = notCovered.isEmpty() ? needs : notCovered;
        this.days = days;
        this.end = System.currentTimeMillis() - Duration.ofMinutes(1).toMillis();
        this.start =
                end - Duration.ofDays(days).toMillis() + Duration.ofHours(1).toMillis();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: RecordedEventsGenerator JDBC_URL ARTICLES_DIR QUERIES [ROWS] [DAYS] [SEED]");
            System.exit(2);
        }
        String url = args[0];
        Path articlesDir = Path.of(args[1]);
        Path queries = Path.of(args[2]);
        long rows = args.length > 3 ? Long.parseLong(args[3].replace("_", "").replace(",", "")) : DEFAULT_ROWS;
        int days = args.length > 4 ? Integer.parseInt(args[4]) : DEFAULT_DAYS;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 12;

        long began = System.nanoTime();
        List<ArticleRef> articles = readArticles(articlesDir);
        List<Wordings> wordings = readQueries(queries);
        System.out.printf(
                Locale.ROOT,
                "generator: %d articles from %s (versions as the indexer computes them), %d queries from %s%n",
                articles.size(),
                articlesDir,
                wordings.size(),
                queries);
        RecordedEventsGenerator generator = new RecordedEventsGenerator(articles, wordings, days, seed);

        try (Database database = Database.open(url)) {
            database.migrate();
        }
        Engine engine = url.startsWith("jdbc:sqlite:") ? Engine.SQLITE : Engine.POSTGRESQL;
        Properties properties = new Properties();
        if (engine == Engine.POSTGRESQL) {
            // One multi-row INSERT per batch instead of one statement per row.
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            if (engine == Engine.SQLITE) {
                try (Statement pragma = connection.createStatement()) {
                    // Bulk loading: the file is thrown away if the generator dies half-way.
                    pragma.execute("PRAGMA synchronous = OFF");
                    pragma.execute("PRAGMA journal_mode = WAL");
                }
            }
            connection.setAutoCommit(false);
            long loadBegan = System.nanoTime();
            Counts counts = generator.insert(connection, rows, seed);
            connection.commit();
            connection.setAutoCommit(true);
            double loadSeconds = (System.nanoTime() - loadBegan) / 1e9;
            try (Statement finish = connection.createStatement()) {
                if (engine == Engine.SQLITE) {
                    // Everything into the database file itself, so its size is the size of the data. No ANALYZE:
                    // the server never runs one, so its queries are planned without statistics, as here.
                    finish.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } else {
                    // What autovacuum does within a minute of a bulk load anyway.
                    finish.execute("ANALYZE");
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "generator: %,d rows inserted in %.1f s (%,.0f rows/s), %.1f s in all: journey %,d, journey_article"
                            + " %,d, search %,d, feedback %,d; events from %s to %s%n",
                    counts.total(),
                    loadSeconds,
                    counts.total() / loadSeconds,
                    (System.nanoTime() - began) / 1e9,
                    counts.journeys,
                    counts.shown,
                    counts.searches,
                    counts.feedback,
                    Instant.ofEpochMilli(generator.start),
                    Instant.ofEpochMilli(generator.end));
            printTotals(connection);
        }
    }

    /** Every valid article under {@code root} that an anonymous reader can see, as the indexer reads it. */
    static List<ArticleRef> readArticles(Path root) throws IOException {
        ArticleParser parser = new ArticleParser();
        List<ArticleRef> visible = new ArrayList<>();
        List<ArticleRef> all = new ArrayList<>();
        int invalid = 0;
        List<Path> files;
        // The indexer's rules: every *.md file, except README.md files and hidden files and folders.
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        return name.endsWith(".md") && !name.equalsIgnoreCase("readme.md");
                    })
                    .filter(file -> {
                        for (Path part : root.relativize(file)) {
                            if (part.toString().startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            ArticleId id = ArticleId.of(root, file);
            try {
                Article article = parser.parse(id.value() + ".md", Files.readAllBytes(file));
                ArticleRef ref = new ArticleRef(article.id().value(), article.version());
                all.add(ref);
                if (article.visibility() == Visibility.PUBLIC && article.status() == Status.PUBLISHED) {
                    visible.add(ref);
                }
            } catch (InvalidArticleException e) {
                invalid++;
            }
        }
        if (invalid > 0) {
            System.out.printf(Locale.ROOT, "generator: %d files are not valid articles, left out%n", invalid);
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no articles under " + root);
        }
        return visible.isEmpty() ? all : visible;
    }

    /** The rows of one evaluation file, or of every {@code *.jsonl} file of a folder. */
    static List<Wordings> readQueries(Path queries) throws IOException {
        List<Path> files;
        if (Files.isDirectory(queries)) {
            try (Stream<Path> list = Files.list(queries)) {
                files = list.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                        .sorted()
                        .toList();
            }
        } else {
            files = List.of(queries);
        }
        List<Wordings> wordings = new ArrayList<>();
        for (Path file : files) {
            for (JsonNode row : EvalQueries.read(file)) {
                String title = row.path("title").asText("").strip();
                String description = row.path("description").asText("").strip();
                if (title.isEmpty() && description.isEmpty()) {
                    continue;
                }
                JsonNode expected = row.path("expected");
                String article = expected.isTextual()
                        ? expected.asText()
                        : expected.isArray() && !expected.isEmpty()
                                ? expected.get(0).asText()
                                : null;
                wordings.add(new Wordings(
                        title,
                        description,
                        row.path("typing").asText(""),
                        row.path("typo").asText(""),
                        article));
            }
        }
        if (wordings.isEmpty()) {
            throw new IllegalArgumentException("no queries in " + queries);
        }
        return wordings;
    }

    private static final class Counts {
        long journeys;
        long shown;
        long searches;
        long feedback;

        long total() {
            return journeys + shown + searches + feedback;
        }
    }

    /** The statements of one load, each batched, all in the connection's transaction. */
    private final class Writer implements AutoCloseable {
        final Connection connection;
        final PreparedStatement journey;
        final PreparedStatement shown;
        final PreparedStatement search;
        final PreparedStatement feedback;
        final Counts counts = new Counts();
        int pending;
        long uncommitted;

        Writer(Connection connection) throws SQLException {
            this.connection = connection;
            journey = connection.prepareStatement("INSERT INTO journey (id, started_at, source, audience, ticket_text,"
                    + " ticket_key, opened, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            shown = connection.prepareStatement("INSERT INTO journey_article (journey_id, article_id,"
                    + " article_version, best_rank, shown_at, opened_at) VALUES (?, ?, ?, ?, ?, ?)");
            search = connection.prepareStatement("INSERT INTO search (id, at, audience, query_text, query_key,"
                    + " results, opened_article, opened_version, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            feedback = connection.prepareStatement("INSERT INTO feedback (article_id, article_version, voter, at,"
                    + " helpful, reason, comment, journey_id, search_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        void added(int rows) throws SQLException {
            pending += rows;
            if (pending >= BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            journey.executeBatch();
            shown.executeBatch();
            search.executeBatch();
            feedback.executeBatch();
            uncommitted += pending;
            pending = 0;
            if (uncommitted >= COMMIT_ROWS) {
                connection.commit();
                uncommitted = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            for (PreparedStatement statement : List.of(journey, shown, search, feedback)) {
                statement.close();
            }
        }
    }

    /**
     * Plans events until they make {@code rows} rows, spreads them over the time span, then inserts them in time
     * order. Each event is made from its own seed, so planning counts its rows and inserting makes the same rows.
     */
    private Counts insert(Connection connection, long rows, long seed) throws SQLException {
        SplittableRandom plan = new SplittableRandom(seed);
        long[] seeds = new long[1024];
        int events = 0;
        long planned = 0;
        while (planned < rows) {
            if (events == seeds.length) {
                seeds = Arrays.copyOf(seeds, seeds.length * 2);
            }
            seeds[events] = plan.nextLong();
            planned += make(seeds[events], 0, null);
            events++;
        }
        // Times drawn independently of the events: sorted and dealt out in order, they keep both random.
        long[] times = new long[events];
        for (int i = 0; i < events; i++) {
            times[i] = time(plan);
        }
        Arrays.sort(times);
        try (Writer writer = new Writer(connection)) {
            for (int i = 0; i < events; i++) {
                writer.added(make(seeds[i], times[i], writer));
            }
            return writer.counts;
        }
    }

    /** A time in the span, on a weekday more often than at a weekend, in working hours more often than not. */
    private long time(SplittableRandom random) {
        while (true) {
            long day = random.nextInt(days + 1);
            long midnight = Math.floorDiv(end, Duration.ofDays(1).toMillis())
                            * Duration.ofDays(1).toMillis()
                    - day * Duration.ofDays(1).toMillis();
            DayOfWeek weekday =
                    Instant.ofEpochMilli(midnight).atZone(ZoneOffset.UTC).getDayOfWeek();
            if ((weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) && random.nextDouble() > WEEKEND_SHARE) {
                continue;
            }
            int hour = pick(hourCdf, random.nextDouble());
            long at = midnight
                    + Duration.ofHours(hour).toMillis()
                    + random.nextLong(Duration.ofHours(1).toMillis());
            if (at >= start && at <= end) {
                return at;
            }
        }
    }

    /**
     * Makes the event of {@code seed} at {@code at}: adds its rows to the writer's batches, or only counts them
     * when there is no writer. Returns the number of rows.
     */
    private int make(long seed, long at, Writer writer) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        return random.nextDouble() < JOURNEY_SHARE ? journey(random, at, writer) : search(random, at, writer);
    }

    private int journey(SplittableRandom random, long at, Writer writer) throws SQLException {
        double s = random.nextDouble();
        String source = s < 0.6 ? "report" : s < 0.9 ? "widget" : "api";
        String audience = random.nextDouble() < 0.9 ? "public" : "staff";
        Wordings need = needs.get(pick(needCdf, random.nextDouble()));
        String title = ticketTitle(need, random);
        String description = random.nextDouble() < 0.7 ? need.description() : "";
        int count = random.nextDouble() < 0.75 ? 5 : 1 + random.nextInt(4);
        List<Integer> chosen = new ArrayList<>(count);
        int expected = indexOf(need.expected());
        if (expected >= 0 && random.nextDouble() < 0.55) {
            chosen.add(expected);
        }
        while (chosen.size() < count) {
            int article = pick(articleCdf, random.nextDouble());
            if (!chosen.contains(article)) {
                chosen.add(article);
            }
        }
        // Which fixes are opened: mostly the first, now and then a second one.
        boolean[] opened = new boolean[count];
        boolean anyOpened = random.nextDouble() < 0.30;
        if (anyOpened) {
            opened[rankPick(random, count)] = true;
            if (random.nextDouble() < 0.15) {
                opened[rankPick(random, count)] = true;
            }
        }
        // Feedback on one opened fix from a third of the journeys that opened one (10% of all).
        int votedOn = -1;
        boolean helpful = false;
        if (anyOpened && random.nextDouble() < 1.0 / 3) {
            for (int rank = 0; rank < count && votedOn < 0; rank++) {
                if (opened[rank]) {
                    votedOn = rank;
                }
            }
            helpful = random.nextDouble() < 0.55;
        }
        double sendChance = votedOn >= 0 ? (helpful ? 0.05 : 0.80) : anyOpened ? 0.30 : 0.43;
        boolean sent = random.nextDouble() < sendChance;
        String journeyId = ClientIds.random(new Random(random.nextLong()));
        String[] versions = new String[count];
        long[] shownAt = new long[count];
        long[] openedAt = new long[count];
        for (int rank = 0; rank < count; rank++) {
            versions[rank] = version(articles.get(chosen.get(rank)), at, random);
            // Later fixes may first show up as the ticket is typed further.
            shownAt[rank] = rank < 3 ? at : at + random.nextLong(60_000);
            openedAt[rank] = opened[rank] ? capped(shownAt[rank] + 5_000 + random.nextLong(175_000)) : 0;
        }
        long votedAt = votedOn >= 0 ? capped(openedAt[votedOn] + 30_000 + random.nextLong(570_000)) : 0;
        long sentAt = sent ? capped(Math.max(at, votedAt) + 60_000 + random.nextLong(1_140_000)) : 0;
        int rows = 1 + count + (votedOn >= 0 ? 1 : 0);
        if (writer == null) {
            return rows;
        }
        String text = description.isEmpty() ? title : title.isEmpty() ? description : title + " — " + description;
        writer.journey.setString(1, journeyId);
        writer.journey.setLong(2, at);
        writer.journey.setString(3, source);
        writer.journey.setString(4, audience);
        writer.journey.setString(5, cut(text, 600));
        writer.journey.setString(6, wording.key(title.isEmpty() ? description : title));
        writer.journey.setInt(7, anyOpened ? 1 : 0);
        setTime(writer.journey, 8, sentAt);
        writer.journey.addBatch();
        for (int rank = 0; rank < count; rank++) {
            writer.shown.setString(1, journeyId);
            writer.shown.setString(2, articles.get(chosen.get(rank)).id());
            writer.shown.setString(3, versions[rank]);
            writer.shown.setInt(4, rank + 1);
            writer.shown.setLong(5, shownAt[rank]);
            setTime(writer.shown, 6, openedAt[rank]);
            writer.shown.addBatch();
        }
        writer.counts.journeys++;
        writer.counts.shown += count;
        if (votedOn >= 0) {
            vote(
                    writer,
                    random,
                    articles.get(chosen.get(votedOn)).id(),
                    versions[votedOn],
                    votedAt,
                    helpful,
                    journeyId,
                    null);
        }
        return rows;
    }

    private int search(SplittableRandom random, long at, Writer writer) throws SQLException {
        String audience = random.nextDouble() < 0.9 ? "public" : "staff";
        boolean noResults = random.nextDouble() < 0.15;
        Wordings need;
        String query;
        if (noResults) {
            // Mostly needs the corpus does not cover, otherwise a typo too far from any word.
            need = uncovered.get(random.nextInt(uncovered.size()));
            query = random.nextDouble() < 0.7
                    ? searchQuery(need, random)
                    : mangled(needs.get(pick(needCdf, random.nextDouble())).title(), random);
        } else {
            need = needs.get(pick(needCdf, random.nextDouble()));
            query = searchQuery(need, random);
        }
        long results = noResults ? 0 : 1 + (long) Math.exp(random.nextDouble() * Math.log(300));
        boolean opened = !noResults && random.nextDouble() < 0.60;
        ArticleRef article = null;
        String version = null;
        long openedAt = 0;
        if (opened) {
            int expected = indexOf(need.expected());
            article = articles.get(
                    expected >= 0 && random.nextDouble() < 0.6 ? expected : pick(articleCdf, random.nextDouble()));
            version = version(article, at, random);
            openedAt = capped(at + 3_000 + random.nextLong(87_000));
        }
        boolean voted = opened && random.nextDouble() < 0.10;
        boolean helpful = random.nextDouble() < 0.6;
        String searchId = ClientIds.random(new Random(random.nextLong()));
        int rows = voted ? 2 : 1;
        if (writer == null) {
            return rows;
        }
        writer.search.setString(1, searchId);
        writer.search.setLong(2, at);
        writer.search.setString(3, audience);
        writer.search.setString(4, cut(query, 300));
        writer.search.setString(5, wording.key(query));
        writer.search.setLong(6, results);
        writer.search.setString(7, opened ? article.id() : null);
        writer.search.setString(8, version);
        setTime(writer.search, 9, openedAt);
        writer.search.addBatch();
        writer.counts.searches++;
        if (voted) {
            vote(
                    writer,
                    random,
                    article.id(),
                    version,
                    capped(openedAt + 20_000 + random.nextLong(400_000)),
                    helpful,
                    null,
                    searchId);
        }
        return rows;
    }

    private void vote(
            Writer writer,
            SplittableRandom random,
            String articleId,
            String version,
            long at,
            boolean helpful,
            String journeyId,
            String searchId)
            throws SQLException {
        String reason = helpful ? null : reason(random.nextDouble());
        String comment =
                random.nextDouble() < (helpful ? 0.05 : 0.25) ? COMMENTS[random.nextInt(COMMENTS.length)] : null;
        byte[] voter = new byte[16];
        new Random(random.nextLong()).nextBytes(voter);
        writer.feedback.setString(1, articleId);
        writer.feedback.setString(2, version);
        writer.feedback.setString(3, HexFormat.of().formatHex(voter));
        writer.feedback.setLong(4, at);
        writer.feedback.setInt(5, helpful ? 1 : 0);
        writer.feedback.setString(6, reason);
        writer.feedback.setString(7, comment);
        writer.feedback.setString(8, journeyId);
        writer.feedback.setString(9, searchId);
        writer.feedback.addBatch();
        writer.counts.feedback++;
    }

    private static String reason(double r) {
        double sum = 0;
        for (int i = 0; i < REASONS.length; i++) {
            sum += REASON_SHARES[i];
            if (r < sum) {
                return REASONS[i];
            }
        }
        return null;
    }

    /** The version shown: the current one, except that some events older than 60 days saw an earlier text. */
    private String version(ArticleRef article, long at, SplittableRandom random) {
        // Always drawn, so that what is drawn after it does not depend on the time.
        boolean earlier = random.nextDouble() < 0.10;
        if (earlier && end - at > Duration.ofDays(60).toMillis()) {
            return HexFormat.of().toHexDigits(article.version().hashCode() * 31L + 7);
        }
        return article.version();
    }

    /** A ticket title as typed: mostly the title, sometimes with typos, cut short, or in lower case. */
    private static String ticketTitle(Wordings need, SplittableRandom random) {
        double r = random.nextDouble();
        if (r < 0.15 && !need.typo().isEmpty()) {
            return need.typo();
        }
        if (r < 0.25 && !need.typing().isEmpty()) {
            return need.typing();
        }
        if (r < 0.40) {
            return need.title().toLowerCase(Locale.ROOT);
        }
        return need.title();
    }

    /** A search box query: the title, what was typed of it, a typo, or a few of its words in lower case. */
    private static String searchQuery(Wordings need, SplittableRandom random) {
        String title = need.title().isEmpty() ? need.description() : need.title();
        double r = random.nextDouble();
        if (r < 0.40) {
            return title;
        }
        if (r < 0.60 && !need.typing().isEmpty()) {
            return need.typing();
        }
        if (r < 0.75 && !need.typo().isEmpty()) {
            return need.typo();
        }
        String[] words = title.toLowerCase(Locale.ROOT).split("\\s+");
        int keep = Math.min(words.length, 2 + random.nextInt(3));
        return String.join(" ", Arrays.asList(words).subList(0, keep));
    }

    /** Words with letters swapped, as typed in a hurry. */
    private static String mangled(String text, SplittableRandom random) {
        char[] chars = text.toLowerCase(Locale.ROOT).toCharArray();
        for (int i = 1; i + 1 < chars.length; i += 3 + random.nextInt(3)) {
            char c = chars[i];
            chars[i] = chars[i + 1];
            chars[i + 1] = c;
        }
        return new String(chars);
    }

    /** A rank, 0 first, the first ranks far more often than the last. */
    private static int rankPick(SplittableRandom random, int count) {
        for (int rank = 0; rank < count - 1; rank++) {
            if (random.nextDouble() < 0.5) {
                return rank;
            }
        }
        return count - 1;
    }

    private int indexOf(String articleId) {
        if (articleId == null) {
            return -1;
        }
        return index().getOrDefault(articleId, -1);
    }

    private Map<String, Integer> byId;

    private Map<String, Integer> index() {
        if (byId == null) {
            byId = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                byId.put(articles.get(i).id(), i);
            }
        }
        return byId;
    }

    private long capped(long time) {
        return Math.min(time, end);
    }

    private static void setTime(PreparedStatement statement, int index, long time) throws SQLException {
        if (time == 0) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, time);
        }
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** Cumulative shares of ranks 1..n with weight 1/rank^exponent. */
    private static double[] zipfCdf(int n, double exponent) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1 / Math.pow(i + 1, exponent);
        }
        return cdf(weights);
    }

    private static double[] cdf(double[] weights) {
        double[] cdf = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cdf[i] = sum;
        }
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    /** The index whose cumulative share first reaches {@code r}, a number in [0, 1). */
    private static int pick(double[] cdf, double r) {
        int at = Arrays.binarySearch(cdf, r);
        return Math.min(cdf.length - 1, at >= 0 ? at : -at - 1);
    }

    private static void printTotals(Connection connection) throws SQLException {
        StringBuilder totals = new StringBuilder("generator: the database now holds");
        for (String table : List.of("journey", "journey_article", "search", "feedback")) {
            try (Statement count = connection.createStatement();
                    ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                totals.append(String.format(Locale.ROOT, " %s %,d", table, rows.getLong(1)));
            }
        }
        System.out.println(totals);
    }
}
