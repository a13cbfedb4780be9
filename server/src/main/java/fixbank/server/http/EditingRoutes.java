package fixbank.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.server.editing.EditView;
import fixbank.server.editing.EditingService;
import fixbank.server.editing.ResolvedTicket;
import fixbank.server.editing.ReviewItem;
import fixbank.server.editing.Saved;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.ServiceUnavailableResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writing and reviewing articles: editors create drafts ({@code POST /api/articles}), open a revision
 * ({@code GET /api/edit/{id}}), save it ({@code PUT /api/articles/{id}} with {@code If-Match}), preview it and
 * submit it; reviewers approve or send back; the queue and each revision's diff are at {@code /api/review}.
 * Every answer that leaves a revision behind carries its version as the {@code ETag}.
 */
final class EditingRoutes implements RouteGroup {

    private final Optional<EditingService> editing;
    private final ObjectMapper json;

    EditingRoutes(Optional<EditingService> editing, ObjectMapper json) {
        this.editing = editing;
        this.json = json;
    }

    /** The review queue. */
    record Queue(List<ReviewItem> items) {}

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/api/articles", this::create, Access.EDITOR);
        config.routes.put("/api/articles/<id>", this::save, Access.EDITOR);
        config.routes.delete("/api/articles/<id>", this::delete, Access.EDITOR);
        config.routes.post("/api/articles/<id>/submit", this::submit, Access.EDITOR);
        config.routes.post("/api/articles/<id>/approve", this::approve, Access.REVIEWER);
        config.routes.post("/api/articles/<id>/reject", this::reject, Access.REVIEWER);
        config.routes.get("/api/edit/<id>", this::source, Access.EDITOR);
        config.routes.post("/api/preview", this::preview, Access.EDITOR);
        config.routes.get("/api/review", this::queue, Access.EDITOR);
        config.routes.get("/api/review/<id>", this::review, Access.EDITOR);
        config.routes.post("/api/resolved-tickets", this::resolvedTicket, Access.EDITOR);
    }

    private EditingService service() {
        return editing.orElseThrow(() -> new ServiceUnavailableResponse(
                "editing is turned off on this server: it needs the database that keeps the audit log (--record on)"));
    }

    private void create(Context ctx) throws IOException {
        JsonNode body = JsonBody.read(json, ctx);
        String id = JsonBody.text(body, "id").strip();
        Saved saved = service()
                .create(
                        id.isEmpty() ? Optional.empty() : Optional.of(id),
                        DraftBody.read(body),
                        Authentication.caller(ctx));
        ctx.header("Location", "/api/edit/" + saved.id());
        answer(ctx.status(HttpStatus.CREATED), saved);
    }

    private void save(Context ctx) throws IOException {
        EditingService service = service();
        String version = IfMatch.of(ctx).orElseThrow(() -> IfMatch.required("GET /api/edit/{id}"));
        Saved saved = service.save(
                ctx.pathParam("id"), DraftBody.read(JsonBody.read(json, ctx)), version, Authentication.caller(ctx));
        answer(ctx, saved);
    }

    private void submit(Context ctx) throws IOException {
        answer(ctx, service().submit(ctx.pathParam("id"), IfMatch.of(ctx), Authentication.caller(ctx)));
    }

    private void approve(Context ctx) throws IOException {
        answer(ctx, service().approve(ctx.pathParam("id"), IfMatch.of(ctx), Authentication.caller(ctx)));
    }

    private void reject(Context ctx) throws IOException {
        EditingService service = service();
        String comment = JsonBody.text(JsonBody.read(json, ctx), "comment");
        answer(ctx, service.reject(ctx.pathParam("id"), comment, IfMatch.of(ctx), Authentication.caller(ctx)));
    }

    private void delete(Context ctx) throws IOException {
        ctx.json(service().delete(ctx.pathParam("id"), IfMatch.of(ctx), Authentication.caller(ctx)));
    }

    /** A ticketing system's resolved ticket, written as a draft article for review. */
    private void resolvedTicket(Context ctx) throws IOException {
        EditingService service = service();
        JsonNode body = JsonBody.read(json, ctx);
        String unit = JsonBody.text(body, "unit").strip();
        ResolvedTicket ticket = new ResolvedTicket(
                JsonBody.text(body, "title"),
                JsonBody.text(body, "description"),
                JsonBody.text(body, "resolution"),
                unit.isEmpty() ? Optional.empty() : Optional.of(unit));
        Saved saved = service.create(ticket, Authentication.caller(ctx));
        ctx.header("Location", "/api/edit/" + saved.id());
        answer(ctx.status(HttpStatus.CREATED), saved);
    }

    private void source(Context ctx) throws IOException {
        EditView view = service().source(ctx.pathParam("id"));
        ctx.header("ETag", IfMatch.tag(view.version())).json(view);
    }

    private void preview(Context ctx) {
        EditingService service = service();
        JsonNode body = JsonBody.read(json, ctx);
        String id = JsonBody.text(body, "id").strip();
        ctx.json(service.preview(id.isEmpty() ? Optional.empty() : Optional.of(id), DraftBody.read(body)));
    }

    private void queue(Context ctx) throws IOException {
        ctx.json(new Queue(service().queue().items()));
    }

    private void review(Context ctx) throws IOException {
        ctx.json(service().queue().review(ctx.pathParam("id"), Authentication.caller(ctx)));
    }

    private static void answer(Context ctx, Saved saved) {
        ctx.header("ETag", IfMatch.tag(saved.version())).json(saved);
    }
}
