package fixbank.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.server.Services;
import fixbank.server.config.ServerConfig;
import fixbank.server.ratelimit.RateLimiter;
import fixbank.server.warmup.WarmUp;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server command, and the one place the HTTP side is put together: the core {@link Services}, then each
 * feature's {@link RouteGroup}, then listening. It listens before the index is first brought up to date, so
 * health answers (and says "starting") while a large index is built; it is ready once the index is open.
 * Shutdown runs the other way: draining, stop listening, close the services. Tests start it through
 * {@link #start(ServerConfig)} exactly as {@code main} does.
 */
public final class FixbankServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FixbankServer.class);

    /** Request bodies above this are refused with 413; a draft ticket is a few kilobytes. */
    static final long MAX_REQUEST_BYTES = 64 * 1024;

    static final int MAX_JSON_NESTING = 32;

    /**
     * Requests are CPU-bound searches of a memory-mapped index, so more threads than this only queue inside
     * the server instead of in Jetty's queue, and each costs a stack: the bound keeps memory flat under a
     * flood (a 10-minute soak with 8 clients used 33 threads in all).
     */
    static final int MAX_THREADS = 64;

    /** How long requests in flight may take to finish once the server stops listening. */
    static final long STOP_TIMEOUT_MILLIS = 30_000;

    private final ServerConfig config;
    private final Services services;
    private final Readiness readiness;
    private final Javalin app;
    private final ApiEndpoints endpoints;
    private final Listeners listeners;
    private final WarmUpConnector warmUp;
    private volatile WarmUp.WarmedUp warmedUp = WarmUp.WarmedUp.NONE;

    private FixbankServer(
            ServerConfig config,
            Services services,
            Readiness readiness,
            Javalin app,
            ApiEndpoints endpoints,
            Listeners listeners,
            WarmUpConnector warmUp) {
        this.config = config;
        this.services = services;
        this.readiness = readiness;
        this.app = app;
        this.endpoints = endpoints;
        this.listeners = listeners;
        this.warmUp = warmUp;
    }

    public static void main(String[] args) {
        Optional<ServerConfig> config;
        try {
            config = ServerConfig.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
            System.err.println("Run 'java -jar fixbank-server.jar --help' for the options.");
            System.exit(2);
            return;
        }
        if (config.isEmpty()) {
            System.out.print(ServerConfig.usage());
            return;
        }
        try {
            FixbankServer server = start(config.get());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fixbank-shutdown"));
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            System.err.println("Error: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Starts listening, brings the index up to date, and returns once the server is ready. */
    public static FixbankServer start(ServerConfig config) throws IOException {
        FixbankServer server = listen(config);
        try {
            server.openIndex();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Listens, answering health as "starting" and index-bound requests with 503, until {@link #openIndex}. */
    static FixbankServer listen(ServerConfig config) throws IOException {
        Listeners listeners = new Listeners(config.http()); // reads the TLS key first: nothing to undo if it fails
        Services services = Services.create(config);
        Readiness readiness = new Readiness();
        ObjectMapper json = apiJson();
        ApiEndpoints endpoints = new ApiEndpoints();
        WarmUpConnector warmUp = new WarmUpConnector(json);
        ClientAddress clients = new ClientAddress(config.http().trustedProxies());
        List<RouteGroup> routes = List.of(
                endpoints,
                new AddressCheck(),
                new CrossOrigin(config.http().corsOrigins()),
                new Authentication(services.tokens(), clients, RateLimiter.failedSignIns(config.rateLimits())),
                new AnonymousLimits(RateLimiter.anonymousRequests(config.rateLimits()), clients),
                new ApiErrors(),
                new HealthRoutes(readiness, services.index(), services.articles(), services.recording()),
                new CallerRoutes(),
                new SearchRoutes(services.search(), services.completer(), services.recording()),
                new SuggestRoutes(services.suggest(), json, services.recording()),
                new ArticleRoutes(services.articles(), services.recording()),
                new FeedbackRoutes(services.feedback(), json, clients),
                new JourneyRoutes(services.recording()),
                new InsightsRoutes(services.insights()),
                new LearnedWordRoutes(services.learnedWords(), services.articles(), services.audit()),
                new AuditRoutes(services.audit()),
                new EditingRoutes(services.editing(), json),
                new UnitRoutes(services.units(), services.unitsEditor(), json),
                new ApiDocs(),
                new WebPages(config.pages().ticketUrl(), services.recording().isOn()));
        Javalin app = Javalin.create(javalin -> {
            javalin.http.maxRequestSize = MAX_REQUEST_BYTES;
            javalin.http.prefer405over404 = true;
            javalin.jsonMapper(new JavalinJackson(json, false));
            javalin.startup.showJavalinBanner = false;
            QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
            threads.setName("JettyServerThreadPool");
            javalin.jetty.threadPool = threads;
            // Jetty remembers header values per connection and, by default, matches them without regard to
            // case: a token in other letter case was handed on as the value sent before it. Secrets must
            // reach the application byte for byte (#11).
            javalin.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
            javalin.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrors()));
            // Stopping waits for the requests in flight, up to the timeout, instead of cutting them off.
            javalin.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                server.insertHandler(new GracefulHandler());
            });
            listeners.register(javalin);
            warmUp.register(javalin);
            javalin.jetty.modifyServer(server -> server.insertHandler(new ServerTiming()));
            // Last, so that it wraps the HTTPS redirect too.
            javalin.jetty.modifyServer(server -> server.insertHandler(new SecurityHeaders()));
            routes.forEach(group -> group.register(javalin));
        });
        try {
            endpoints.checkAccessDeclared();
            app.start(config.http().host(), config.http().port());
            listeners.started();
            warmUp.started();
        } catch (IllegalStateException e) {
            services.close();
            throw e;
        } catch (Exception e) {
            services.close();
            throw new IOException(
                    "could not listen on " + config.http().host() + ":"
                            + config.http().port() + ": " + e.getMessage(),
                    e);
        }
        LOG.info("Fixbank is listening on {} and bringing the index up to date", listeners.describe(app.port()));
        return new FixbankServer(config, services, readiness, app, endpoints, listeners, warmUp);
    }

    /**
     * The JSON mapper of the API. Request bodies are flat objects; nesting is capped far below Jackson's
     * default of 1,000 levels, so a deeply nested body costs nothing but a 400.
     */
    private static ObjectMapper apiJson() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_JSON_NESTING)
                        .build())
                .build();
        return new ObjectMapper(factory).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Brings the index up to date with the articles folder; the server is ready afterwards. */
    void openIndex() throws IOException {
        warmedUp = services.openIndex(warmUp);
        readiness.ready();
        LOG.info(
                "Fixbank is serving {} ({} staff tokens, semantic re-ranking {})",
                config.index().articles(),
                services.tokens().size(),
                config.search().semantic() ? "on" : "off");
    }

    /** What the warm-up did before the server said it was ready. */
    WarmUp.WarmedUp warmedUp() {
        return warmedUp;
    }

    /** Every API endpoint, as "GET /api/search", in the order registered. */
    List<String> apiEndpoints() {
        return endpoints.names();
    }

    /** The port of the API and pages: HTTPS when TLS is on. */
    public int port() {
        return app.port();
    }

    /** The plain HTTP port that only redirects to HTTPS, when there is one. */
    OptionalInt httpRedirectPort() {
        return listeners.httpRedirectPort();
    }

    /** Re-indexes changed articles now instead of at the next poll. */
    public void refresh() throws IOException {
        services.index().refresh();
    }

    /**
     * Drains, stops listening, lets the requests in flight finish, then closes the services. While draining
     * (for {@code --drain-seconds}) everything is served as before but health says "draining", so a load
     * balancer's health checks take the server out before it stops listening and no client sees a refusal.
     */
    @Override
    public void close() {
        readiness.draining();
        try {
            drain();
            app.stop();
        } finally {
            services.close();
        }
    }

    private void drain() {
        Duration drain = config.http().drain();
        if (drain.isZero()) {
            return;
        }
        LOG.info("Fixbank is draining for {} s before it stops", drain.toSeconds());
        try {
            Thread.sleep(drain.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
