package fixbank.server.ratelimit;

/**
 * One client's allowance: up to {@code capacity} tokens, one more every {@code nanosPerToken}, one taken per
 * request. A full bucket is the same as a new one, so it can be forgotten. Thread-safe.
 */
final class TokenBucket {

    private final int capacity;
    private final long nanosPerToken;
    private double tokens;
    private long updated;

    TokenBucket(int capacity, long nanosPerToken, long now) {
        this.capacity = capacity;
        this.nanosPerToken = nanosPerToken;
        this.tokens = capacity;
        this.updated = now;
    }

    /** Takes a token if there is one: 0 when there was, else the nanoseconds until there will be. */
    synchronized long take(long now) {
        long wait = waitNanos(now);
        if (wait == 0) {
            tokens -= 1;
        }
        return wait;
    }

    /** The nanoseconds until a token is there, 0 when one is now; takes nothing. */
    synchronized long waitNanos(long now) {
        refill(now);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * nanosPerToken);
    }

    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > updated) {
            tokens = Math.min(capacity, tokens + (double) (now - updated) / nanosPerToken);
            updated = now;
        }
    }
}
