package fixbank.server.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Allowances by client address, on a clock the test moves. */
class RateLimiterTest {

    private long now = 1_000_000_000L;

    /** Three at once, then one every 20 seconds: three a minute. */
    private final RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(20), () -> now);

    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    private void advance(Duration duration) {
        now += duration.toNanos();
    }

    @Test
    void aBurstThenOneEachIntervalWithTheWaitSaid() throws UnknownHostException {
        InetAddress client = address("192.0.2.1");
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), limiter.take(client), "request " + (i + 1));
        }
        assertEquals(Optional.of(Duration.ofSeconds(20)), limiter.take(client));
        advance(Duration.ofSeconds(15));
        assertEquals(Optional.of(Duration.ofSeconds(5)), limiter.take(client), "a refusal takes nothing");
        advance(Duration.ofSeconds(5));
        assertEquals(Optional.empty(), limiter.take(client));
        assertEquals(Optional.of(Duration.ofSeconds(20)), limiter.take(client));
        advance(Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            assertEquals(Optional.empty(), limiter.take(client), "never more than the burst is saved up");
        }
        assertTrue(limiter.take(client).isPresent());
    }

    @Test
    void waitingForAnAllowanceTakesNone() throws UnknownHostException {
        InetAddress client = address("192.0.2.1");
        assertEquals(Optional.empty(), limiter.waitFor(client), "an unknown client has its allowance");
        limiter.take(client);
        limiter.take(client);
        assertEquals(Optional.empty(), limiter.waitFor(client));
        assertEquals(Optional.empty(), limiter.waitFor(client), "asking twice takes nothing");
        limiter.take(client);
        assertEquals(Optional.of(Duration.ofSeconds(20)), limiter.waitFor(client));
    }

    @Test
    void clientsAreCountedApartAndIpv6ByTheirSlash64() throws UnknownHostException {
        for (int i = 0; i < 3; i++) {
            limiter.take(address("192.0.2.1"));
            limiter.take(address("2001:db8:1:2::" + (i + 1)));
        }
        assertTrue(limiter.take(address("192.0.2.1")).isPresent());
        assertEquals(Optional.empty(), limiter.take(address("192.0.2.2")));
        assertTrue(
                limiter.take(address("2001:db8:1:2:ffff::9")).isPresent(),
                "another address in the same /64 is the same client");
        assertEquals(Optional.empty(), limiter.take(address("2001:db8:1:3::1")), "another /64 is another");
    }

    @Test
    void memoryIsBoundedByForgettingClientsWhoseAllowanceIsFull() throws UnknownHostException {
        InetAddress busy = address("192.0.2.1");
        for (int i = 0; i < 3; i++) {
            limiter.take(busy);
        }
        for (int i = 0; i < RateLimiter.MAX_CLIENTS + 500; i++) {
            limiter.take(address("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255)));
            if (i == RateLimiter.MAX_CLIENTS / 2) {
                advance(Duration.ofMinutes(1)); // the first half, and the busy client, are full again
            }
        }
        assertTrue(limiter.clients() <= RateLimiter.MAX_CLIENTS, "remembered: " + limiter.clients());
        assertTrue(limiter.clients() > RateLimiter.MAX_CLIENTS / 2 - 10, "those still counting are kept");
    }
}
