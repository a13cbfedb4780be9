package fixbank.server.http;

import fixbank.server.access.AccessDeniedException;
import fixbank.server.database.DatabaseUnavailableException;
import fixbank.server.editing.ArticleMissingException;
import fixbank.server.editing.EditConflictException;
import fixbank.server.editing.FolderBusyException;
import fixbank.server.index.IndexNotReadyException;
import fixbank.server.ratelimit.TooManyRequestsException;
import fixbank.server.validation.InvalidRequestException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the one error shape, {@link ApiError}: a caller's mistake is a 400 naming the
 * parameter, a refusal 401/403, an index still being built a 503 that says to retry, and anything unexpected
 * is logged and answered with a plain 500 that carries no internals.
 */
final class ApiErrors implements RouteGroup {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** Seconds a client should wait before asking again while the index is being built. */
    private static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public void register(JavalinConfig config) {
        config.routes.exception(
                InvalidRequestException.class,
                (e, ctx) -> ctx.status(400).json(new ApiError(e.getMessage(), e.field())));
        config.routes.exception(
                AccessDeniedException.class, (e, ctx) -> ctx.status(403).json(ApiError.of(e.getMessage())));
        config.routes.exception(
                EditConflictException.class,
                (e, ctx) -> ctx.status(409)
                        .json(new EditConflict(
                                e.getMessage(),
                                e.current().orElse(null),
                                e.yours().orElse(null))));
        config.routes.exception(
                ArticleMissingException.class, (e, ctx) -> ctx.status(404).json(ApiError.of(e.getMessage())));
        // A client over its rate limit (429) is told when to ask again, as during start-up (503).
        config.routes.exception(
                TooManyRequestsException.class,
                (e, ctx) -> ctx.status(429)
                        .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                        .json(ApiError.of(e.getMessage())));
        config.routes.exception(IndexNotReadyException.class, ApiErrors::tryAgainSoon);
        // Another server sharing the articles folder is writing: nothing was written, and asking again works.
        config.routes.exception(FolderBusyException.class, ApiErrors::tryAgainSoon);
        // Feedback that could not be stored: the caller may try again; the cause goes to the log, not to them.
        config.routes.exception(DatabaseUnavailableException.class, (e, ctx) -> {
            LOG.warn("request {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.status(503)
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .json(ApiError.of("your answer could not be stored just now; please try again in a minute"));
        });
        // A chunked body cut off or garbled on the way in: the client's request is broken, not the server.
        config.routes.exception(
                EofException.class,
                (e, ctx) -> ctx.status(400).json(ApiError.of("the request body was cut off or malformed")));
        config.routes.exception(
                HttpException.RuntimeException.class,
                (e, ctx) -> ctx.status(e.getCode()).json(ApiError.of("the request is malformed")));
        config.routes.exception(
                HttpResponseException.class,
                (e, ctx) -> ctx.status(e.getStatus()).json(ApiError.of(e.getMessage())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(ApiError.of("internal error; the server log has the details"));
        });
    }

    /** 503 with the exception's message, which is written for callers, and when to ask again. */
    private static void tryAgainSoon(Exception e, Context ctx) {
        ctx.status(503).header("Retry-After", RETRY_AFTER_SECONDS).json(ApiError.of(e.getMessage()));
    }
}
