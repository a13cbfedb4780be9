package fixbank.server.http;

import fixbank.server.insights.InsightsService;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * The insights page's figures, for staff: {@code GET /api/insights/deflection}, {@code /articles},
 * {@code /attention}, {@code /unanswered} and {@code /owners}. Each table is JSON, or CSV with
 * {@code format=csv}, as a download.
 */
final class InsightsRoutes implements RouteGroup {

    private static final int DEFAULT_WEEKS = 12;
    private static final int DEFAULT_DAYS = 90;

    private final Optional<InsightsService> insights;

    InsightsRoutes(Optional<InsightsService> insights) {
        this.insights = insights;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/insights/deflection", this::deflection, Access.STAFF);
        config.routes.get("/api/insights/articles", this::articles, Access.STAFF);
        config.routes.get("/api/insights/attention", this::attention, Access.STAFF);
        config.routes.get("/api/insights/unanswered", this::unanswered, Access.STAFF);
        config.routes.get("/api/insights/owners", this::owners, Access.STAFF);
    }

    private InsightsService service() {
        return insights.orElseThrow(RecordingOff::new);
    }

    private void deflection(Context ctx) {
        TableAnswers.answer(
                ctx,
                "deflection",
                service().deflection(RequestParams.number(ctx, "weeks", DEFAULT_WEEKS)),
                d -> d.table());
    }

    private void articles(Context ctx) throws Exception {
        TableAnswers.answer(
                ctx,
                "articles",
                service().articles(owner(ctx), RequestParams.number(ctx, "days", DEFAULT_DAYS)),
                r -> r.table());
    }

    private void attention(Context ctx) throws Exception {
        TableAnswers.answer(ctx, "attention", service().attention(owner(ctx)), r -> r.table());
    }

    private void unanswered(Context ctx) {
        TableAnswers.answer(
                ctx,
                "unanswered",
                service().unanswered(RequestParams.number(ctx, "days", DEFAULT_DAYS)),
                r -> r.table());
    }

    private void owners(Context ctx) throws Exception {
        ctx.json(Map.of("owners", service().owners()));
    }

    private static Optional<String> owner(Context ctx) {
        return Optional.of(RequestParams.text(ctx, "owner").strip()).filter(owner -> !owner.isEmpty());
    }
}
