package fixbank.server.ratelimit;

import java.time.Duration;

/** A client asked more often than its limit allows; answered with 429 and when to ask again. */
public final class TooManyRequestsException extends RuntimeException {

    private final long retryAfterSeconds;

    /** @param what what there were too many of; the message adds when to try again */
    public TooManyRequestsException(String what, Duration retryAfter) {
        super(what + "; try again in " + seconds(retryAfter) + (seconds(retryAfter) == 1 ? " second" : " seconds"));
        this.retryAfterSeconds = seconds(retryAfter);
    }

    /** Whole seconds until the client may ask again, as {@code Retry-After} takes them. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Rounded up, and at least one: a client told 0 would ask again at once. */
    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
    }
}
