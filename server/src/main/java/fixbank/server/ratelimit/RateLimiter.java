package fixbank.server.ratelimit;

import fixbank.server.config.RateLimitSettings;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Allowances by client address, each a {@link TokenBucket}. An IPv6 client is counted by its /64 network,
 * since one household or host is given a whole /64 and could otherwise take a fresh address per request.
 *
 * <p>Memory is bounded: at most {@value #MAX_CLIENTS} clients are remembered. Past that, clients whose
 * allowance is full again are forgotten (they lose nothing), and if that is not enough, all are. So a flood
 * from more addresses than that gets fresh allowances: the bound protects the server's memory, and a
 * firewall or proxy in front is the place to stop such a flood. Thread-safe.
 */
public final class RateLimiter {

    static final int MAX_CLIENTS = 10_000;
    static final int VOTES_PER_HOUR = 30;
    static final int VOTES_PER_ARTICLE = 3;
    static final int HOURS_PER_ARTICLE_VOTE = 8;

    private final int capacity;
    private final long nanosPerToken;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int capacity, Duration perToken, LongSupplier clock) {
        this.capacity = capacity;
        this.nanosPerToken = perToken.toNanos();
        this.clock = clock;
    }

    /** Anonymous searches, suggestions and completions, as configured; none limited when limits are off. */
    public static Optional<RateLimiter> anonymousRequests(RateLimitSettings settings) {
        return settings.on()
                ? Optional.of(new RateLimiter(
                        settings.burst(), Duration.ofMinutes(1).dividedBy(settings.perMinute()), System::nanoTime))
                : Optional.empty();
    }

    /** Wrong staff tokens: the configured number, then one a minute; none limited when limits are off. */
    public static Optional<RateLimiter> failedSignIns(RateLimitSettings settings) {
        return settings.on()
                ? Optional.of(new RateLimiter(settings.failedSignIns(), Duration.ofMinutes(1), System::nanoTime))
                : Optional.empty();
    }

    /**
     * Feedback votes one client address may give: {@value #VOTES_PER_HOUR} at once and an hour, whatever the
     * article; none limited when limits are off.
     */
    public static Optional<RateLimiter> feedbackVotes(RateLimitSettings settings) {
        return settings.on()
                ? Optional.of(new RateLimiter(
                        VOTES_PER_HOUR, Duration.ofHours(1).dividedBy(VOTES_PER_HOUR), System::nanoTime))
                : Optional.empty();
    }

    /**
     * Feedback votes one client address may give on one article: {@value #VOTES_PER_ARTICLE} (a shared ward
     * computer has several readers), then one more every {@value #HOURS_PER_ARTICLE_VOTE} hours, so a flood
     * of votes with fresh session keys cannot bury an article; none limited when limits are off.
     */
    public static Optional<RateLimiter> feedbackVotesPerArticle(RateLimitSettings settings) {
        return settings.on()
                ? Optional.of(
                        new RateLimiter(VOTES_PER_ARTICLE, Duration.ofHours(HOURS_PER_ARTICLE_VOTE), System::nanoTime))
                : Optional.empty();
    }

    /** Takes one from the client's allowance: empty when there was one, else how long until there is. */
    public Optional<Duration> take(InetAddress client) {
        return take(key(client));
    }

    /** Takes one from the client's allowance for {@code scope} alone, such as one article. */
    public Optional<Duration> take(InetAddress client, String scope) {
        return take(key(client) + " " + scope);
    }

    private Optional<Duration> take(String key) {
        long now = clock.getAsLong();
        return asWait(bucket(key, now).take(now));
    }

    /** How long until the client has an allowance again: empty when it has one now. Takes nothing. */
    public Optional<Duration> waitFor(InetAddress client) {
        long now = clock.getAsLong();
        TokenBucket bucket = buckets.get(key(client));
        return bucket == null ? Optional.empty() : asWait(bucket.waitNanos(now));
    }

    /** How many clients are remembered. */
    int clients() {
        return buckets.size();
    }

    private static Optional<Duration> asWait(long nanos) {
        return nanos == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }

    private TokenBucket bucket(String key, long now) {
        TokenBucket bucket = buckets.get(key);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= MAX_CLIENTS) {
            forgetIdle(now);
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, nanosPerToken, now));
    }

    private synchronized void forgetIdle(long now) {
        if (buckets.size() < MAX_CLIENTS) {
            return; // another thread just did
        }
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        if (buckets.size() >= MAX_CLIENTS) {
            buckets.clear();
        }
    }

    private static String key(InetAddress client) {
        byte[] bytes = client.getAddress();
        if (client instanceof Inet6Address) {
            return Arrays.toString(Arrays.copyOf(bytes, 8)) + "/64";
        }
        return client.getHostAddress();
    }
}
