package fixbank.server.http;

import fixbank.server.access.Caller;
import fixbank.server.article.ArticleService;
import fixbank.server.index.LiveIndex;
import fixbank.server.recording.Recording;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Health for people and load balancers. {@code /api/health/live} answers 200 while the process serves at
 * all; {@code /api/health/ready} answers 200 only when it should get traffic (503 while the index is first
 * brought up to date, and "draining" once shutdown has begun); {@code /api/health} adds what the caller can see: the
 * published articles and the index commit served, and for staff how recording goes (events written, and
 * dropped because the database was slow or down). Staff can also list the article files the index skipped,
 * with why, at {@code /api/health/problems}, so a broken file is found without reading the server log.
 */
final class HealthRoutes implements RouteGroup {

    private final Readiness readiness;
    private final LiveIndex index;
    private final ArticleService articles;
    private final Recording recording;

    HealthRoutes(Readiness readiness, LiveIndex index, ArticleService articles, Recording recording) {
        this.readiness = readiness;
        this.index = index;
        this.articles = articles;
        this.recording = recording;
    }

    @Override
    public void register(JavalinConfig config) {
        // While draining, each answer closes its connection, so that a balancer holds no idle connection to a
        // server about to stop listening.
        config.routes.before(ctx -> {
            if (readiness.isDraining()) {
                ctx.header(Header.CONNECTION, "close");
            }
        });
        config.routes.get("/api/health/live", ctx -> ctx.json(Map.of("status", "alive")), Access.ANYONE);
        config.routes.get("/api/health/ready", this::ready, Access.ANYONE);
        config.routes.get("/api/health", this::health, Access.ANYONE);
        config.routes.get("/api/health/problems", this::problems, Access.STAFF);
    }

    private void ready(Context ctx) {
        ctx.status(readiness.isReady() ? 200 : 503)
                .json(Map.of("status", readiness.state().key()));
    }

    private void health(Context ctx) throws IOException {
        if (!readiness.isReady()) {
            ready(ctx);
            return;
        }
        Caller caller = Authentication.caller(ctx);
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("articles", articles.count(caller));
        health.put("generation", index.generation());
        if (caller.isStaff()) {
            health.put("recording", recording.status().map(Object.class::cast).orElse(Map.of("on", false)));
        }
        ctx.json(health);
    }

    private void problems(Context ctx) {
        ctx.json(Map.of("problems", index.problems()));
    }
}
