package fixbank.server;

import fixbank.indexer.build.IndexBuilder;
import fixbank.indexer.semantic.SentenceEmbedder;
import fixbank.server.access.TokenRegistry;
import fixbank.server.article.ArticleService;
import fixbank.server.article.MarkdownRenderer;
import fixbank.server.autocomplete.TitleCompleter;
import fixbank.server.config.ServerConfig;
import fixbank.server.index.LiveIndex;
import fixbank.server.search.QueryAnalysis;
import fixbank.server.search.SearchService;
import fixbank.server.suggest.SuggestService;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the application's core is put together from its configuration: the staff tokens, the
 * analyzer, the embedding model when semantic re-ranking is on, the live index and the services over it.
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

    private Services(ServerConfig config, Deque<AutoCloseable> opened) throws IOException {
        this.opened = opened;
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
        search = new SearchService(index, analyzer);
        suggest = new SuggestService(index, analyzer, embedder);
        articles = new ArticleService(index, new MarkdownRenderer());
        completer = new TitleCompleter(index, analyzer);
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

    /** Brings the index up to date with the articles folder and opens it for searches. */
    public void openIndex() throws IOException {
        index.start();
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
