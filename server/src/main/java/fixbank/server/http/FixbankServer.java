package fixbank.server.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.indexer.build.IndexBuilder;
import fixbank.indexer.semantic.SentenceEmbedder;
import fixbank.server.access.TokenRegistry;
import fixbank.server.article.ArticleService;
import fixbank.server.article.MarkdownRenderer;
import fixbank.server.autocomplete.TitleCompleter;
import fixbank.server.index.LiveIndex;
import fixbank.server.search.QueryAnalysis;
import fixbank.server.search.SearchService;
import fixbank.server.suggest.SuggestService;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server command, and the one place the application is put together: the live index, the services
 * over it, the HTTP routes and the web pages. Tests start it through {@link #start(ServerConfig)} exactly as {@code main}
 * does.
 */
public final class FixbankServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FixbankServer.class);

    /** Request bodies above this are refused with 413; a draft ticket is a few kilobytes. */
    static final long MAX_REQUEST_BYTES = 64 * 1024;

    private final Javalin app;
    private final LiveIndex index;

    private FixbankServer(Javalin app, LiveIndex index) {
        this.app = app;
        this.index = index;
    }

    public static void main(String[] args) {
        ServerConfig config;
        try {
            config = ServerConfig.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
            System.err.print(ServerConfig.USAGE);
            System.exit(2);
            return;
        }
        try {
            FixbankServer server = start(config);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fixbank-shutdown"));
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Indexes the articles, starts serving, and returns once requests are answered. */
    public static FixbankServer start(ServerConfig config) throws IOException {
        if (!Files.isDirectory(config.articles())) {
            throw new IllegalArgumentException(
                    "articles folder not found: " + config.articles().toAbsolutePath());
        }
        TokenRegistry tokens = TokenRegistry.load(config.tokensFile(), config.tokens());
        Analyzer analyzer = QueryAnalysis.analyzer(config.synonyms());
        Optional<SentenceEmbedder> embedder =
                config.semantic() ? Optional.of(SentenceEmbedder.shared()) : Optional.empty();
        LiveIndex index = LiveIndex.open(
                config.articles(),
                config.index(),
                config.watchInterval(),
                embedder.map(IndexBuilder::withMeaning).orElseGet(IndexBuilder::new));
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        Routes routes = new Routes(
                new SearchService(index, analyzer),
                new SuggestService(index, analyzer, embedder),
                new ArticleService(index, new MarkdownRenderer()),
                new TitleCompleter(index, analyzer),
                index,
                new Authentication(tokens),
                json);
        Javalin app = Javalin.create(javalin -> {
            javalin.http.maxRequestSize = MAX_REQUEST_BYTES;
            javalin.http.prefer405over404 = true;
            javalin.jsonMapper(new JavalinJackson(json, false));
            javalin.startup.showJavalinBanner = false;
            new CrossOrigin(config.corsOrigins()).register(javalin);
            routes.register(javalin);
            new WebPages(config.ticketUrl()).register(javalin);
        });
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            index.close();
            throw new IOException(
                    "could not listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        LOG.info(
                "Fixbank is serving {} on http://{}:{}/ ({} staff tokens, semantic re-ranking {})",
                config.articles(),
                config.host(),
                app.port(),
                tokens.size(),
                config.semantic() ? "on" : "off");
        return new FixbankServer(app, index);
    }

    public int port() {
        return app.port();
    }

    /** Re-indexes changed articles now instead of at the next poll. */
    public void refresh() throws IOException {
        index.refresh();
    }

    @Override
    public void close() {
        app.stop();
        try {
            index.close();
        } catch (IOException e) {
            LOG.warn("could not close the index cleanly", e);
        }
    }
}
