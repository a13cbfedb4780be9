package fixbank.server;

import fixbank.indexer.build.IndexBuilder;
import fixbank.indexer.semantic.SentenceEmbedder;
import fixbank.server.access.TokenRegistry;
import fixbank.server.article.ArticleService;
import fixbank.server.article.MarkdownRenderer;
import fixbank.server.audit.AuditLog;
import fixbank.server.autocomplete.TitleCompleter;
import fixbank.server.config.ServerConfig;
import fixbank.server.database.Database;
import fixbank.server.database.DatabaseUnavailableException;
import fixbank.server.editing.EditingService;
import fixbank.server.feedback.FeedbackService;
import fixbank.server.index.LiveIndex;
import fixbank.server.insights.InsightsService;
import fixbank.server.learning.LearnedEvidence;
import fixbank.server.learning.LearnedWords;
import fixbank.server.privacy.TextScrubber;
import fixbank.server.ratelimit.RateLimiter;
import fixbank.server.recording.EventRecorder;
import fixbank.server.recording.Recording;
import fixbank.server.search.QueryAnalysis;
import fixbank.server.search.SearchService;
import fixbank.server.suggest.SuggestService;
import fixbank.server.suggest.TicketSentences;
import fixbank.server.suggest.TicketWords;
import fixbank.server.units.UnitDirectory;
import fixbank.server.units.UnitsEditor;
import fixbank.server.warmup.TicketSender;
import fixbank.server.warmup.WarmUp;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the application's core is put together from its configuration: the staff tokens, the
 * analyzer, the embedding model when semantic re-ranking is on, the live index and the services over it, and,
 * when recording is on, the database with the recorder, feedback and insights over it.
 * Nothing here knows about HTTP. What is opened is closed again by {@link #close}, in reverse order.
 *
 * <p>{@link #create} is quick and leaves the index closed, so the server can listen (and say it is starting)
 * while {@link #openIndex} brings a large index up to date.
 */
public final class Services implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Services.class);

    private final Deque<AutoCloseable> opened;
    private final TokenRegistry tokens;
    private final LiveIndex index;
    private final SearchService search;
    private final SuggestService suggest;
    private final ArticleService articles;
    private final TitleCompleter completer;
    private final Recording recording;
    private final Optional<FeedbackService> feedback;
    private final Optional<LearnedWords> learnedWords;
    private final Optional<AuditLog> audit;
    private final Optional<EditingService> editing;
    private final Optional<UnitsEditor> unitsEditor;
    private final UnitDirectory units;
    private final Optional<InsightsService> insights;
    private final boolean warmUp;

    private Services(ServerConfig config, Deque<AutoCloseable> opened) throws IOException {
        this.opened = opened;
        this.warmUp = config.search().warmUp();
        if (!Files.isDirectory(config.index().articles())) {
            throw new IllegalArgumentException(
                    "articles folder not found: " + config.index().articles().toAbsolutePath());
        }
        tokens =
                TokenRegistry.load(config.access().tokensFile(), config.access().inlineTokens());
        Analyzer analyzer = QueryAnalysis.analyzer(config.search().synonyms());
        Optional<SentenceEmbedder> embedder =
                config.search().semantic() ? Optional.of(opened(SentenceEmbedder.load())) : Optional.empty();
        index = opened(LiveIndex.prepare(
                config.index().articles(),
                config.index().index(),
                config.index().watchInterval(),
                embedder.map(IndexBuilder::withMeaning).orElseGet(IndexBuilder::new)));
        search = new SearchService(index, analyzer, new TicketSentences(analyzer));
        LearnedEvidence learned = LearnedEvidence.none();
        suggest = new SuggestService(index, analyzer, embedder, config.search().suggestMinConfidence(), learned);
        articles = new ArticleService(index, new MarkdownRenderer());
        completer = new TitleCompleter(index, analyzer);
        units = new UnitDirectory(config.index().articles());
        if (config.record().on()) {
            TextScrubber scrubber = TextScrubber.withPatterns(config.record().scrubPatterns());
            Database database =
                    opened(Database.open(config.record().jdbcUrl(config.index().index())));
            try {
                database.migrate();
                LOG.info("recording to {}", database.description());
            } catch (DatabaseUnavailableException e) {
                // Searches go on; events are dropped and counted, feedback answers 503, until it is reachable.
                LOG.warn("recording to {} is paused: it cannot be reached yet", database.description());
            }
            Clock clock = Clock.systemUTC();
            learnedWords = config.record().learn()
                    ? Optional.of(opened(new LearnedWords(
                            database,
                            learned,
                            text -> TicketWords.of(analyzer, TextScrubber.withoutPlaceholders(text)),
                            clock)))
                    : Optional.empty();
            recording = Recording.to(
                    opened(new EventRecorder(database, scrubber, config.record().retention(), clock)));
            feedback = Optional.of(new FeedbackService(
                    articles,
                    database,
                    scrubber,
                    RateLimiter.feedbackVotes(config.rateLimits()),
                    RateLimiter.feedbackVotesPerArticle(config.rateLimits()),
                    clock,
                    learnedWords));

            AuditLog auditLog = new AuditLog(database, clock);
            audit = Optional.of(auditLog);
            unitsEditor = Optional.of(new UnitsEditor(config.index().articles(), units, auditLog));
            EditingService editor = new EditingService(
                    config.index().articles(),
                    index,
                    articles,
                    auditLog,
                    scrubber,
                    new MarkdownRenderer(),
                    units,
                    clock);
            editing = Optional.of(editor);
            insights = Optional.of(new InsightsService(database, articles, clock, editor.queue()::submittedIds));
        } else {
            recording = Recording.off();
            learnedWords = Optional.empty();
            audit = Optional.empty();
            editing = Optional.empty();
            unitsEditor = Optional.empty();
            feedback = Optional.empty();
            insights = Optional.empty();
        }
    }

    /**
     * Builds the services; the index stays closed until {@link #openIndex}.
     *
     * @throws IllegalArgumentException when the configuration names something unusable, such as a missing
     *     articles folder or a malformed tokens file
     */
    public static Services create(ServerConfig config) throws IOException {
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        try {
            return new Services(config, opened);
        } catch (IOException | RuntimeException e) {
            closeAll(opened);
            throw e;
        }
    }

    /**
     * Brings the index up to date with the articles folder and opens it for searches, then, unless the
     * warm-up is off, warms the server, sending part of the warm-up through {@code server}.
     */
    public WarmUp.WarmedUp openIndex(TicketSender server) throws IOException {
        index.start();
        if (!warmUp) {
            return WarmUp.WarmedUp.NONE;
        }
        WarmUp warm = new WarmUp(index, suggest, search);
        WarmUp.WarmedUp warmed = warm.run(server);
        index.warmReopenedWith(snapshot -> {
            warm.reopened(snapshot);
            return null;
        });
        return warmed;
    }

    private <T extends AutoCloseable> T opened(T resource) {
        opened.push(resource);
        return resource;
    }

    public TokenRegistry tokens() {
        return tokens;
    }

    public LiveIndex index() {
        return index;
    }

    public SearchService search() {
        return search;
    }

    public SuggestService suggest() {
        return suggest;
    }

    public ArticleService articles() {
        return articles;
    }

    public TitleCompleter completer() {
        return completer;
    }

    public Recording recording() {
        return recording;
    }

    /** The clinical units and their IT point people, from the articles folder's units.yaml. */
    public UnitDirectory units() {
        return units;
    }

    /** Who did what to which article; empty when recording is off, since it lives in the same database. */
    public Optional<AuditLog> audit() {
        return audit;
    }

    /** Admins' edits of units.yaml; empty when recording is off, since the audit log keeps them. */
    public Optional<UnitsEditor> unitsEditor() {
        return unitsEditor;
    }

    /** Writing and reviewing articles; empty when recording is off, since the audit log says who wrote what. */
    public Optional<EditingService> editing() {
        return editing;
    }

    /** The words learned for each article from feedback; empty when recording or learning is off. */
    public Optional<LearnedWords> learnedWords() {
        return learnedWords;
    }

    /** Feedback on articles; empty when recording is off. */
    public Optional<FeedbackService> feedback() {
        return feedback;
    }

    /** The figures of the insights page; empty when recording is off. */
    public Optional<InsightsService> insights() {
        return insights;
    }

    /** Closes what was opened, last first; a failure is logged and the rest are still closed. */
    @Override
    public void close() {
        closeAll(opened);
    }

    private static void closeAll(Deque<AutoCloseable> opened) {
        while (!opened.isEmpty()) {
            AutoCloseable resource = opened.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("could not close {} cleanly", resource.getClass().getSimpleName(), e);
            }
        }
    }
}
