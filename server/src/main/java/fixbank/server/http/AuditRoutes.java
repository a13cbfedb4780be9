package fixbank.server.http;

import fixbank.server.audit.AuditLog;
import fixbank.server.validation.InvalidRequestException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Optional;

/** The audit log for admins: {@code GET /api/audit?limit=}, newest first, as JSON or with {@code format=csv}. */
final class AuditRoutes implements RouteGroup {

    private static final int DEFAULT_LIMIT = 200;

    private final Optional<AuditLog> audit;

    AuditRoutes(Optional<AuditLog> audit) {
        this.audit = audit;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/audit", this::newest, Access.ADMIN);
    }

    private void newest(Context ctx) {
        AuditLog log = audit.orElseThrow(RecordingOff::new);
        int limit = RequestParams.number(ctx, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > AuditLog.MAX_ENTRIES) {
            throw new InvalidRequestException("limit", "limit must be between 1 and " + AuditLog.MAX_ENTRIES);
        }
        TableAnswers.answer(ctx, "audit", log.newest(limit), AuditLog.Report::table);
    }
}
