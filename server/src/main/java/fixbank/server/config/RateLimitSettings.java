package fixbank.server.config;

/**
 * How hard one client address may push the server: anonymous searches, suggestions and completions, and
 * wrong staff tokens. Staff with a valid token are not limited.
 *
 * @param on whether any limit applies; off for benchmarks and evaluations
 * @param perMinute anonymous search, suggest and autocomplete requests one address may make a minute, kept up
 * @param burst how many of those may come at once
 * @param failedSignIns wrong tokens one address may send before it must wait; after that, one more a minute
 */
public record RateLimitSettings(boolean on, int perMinute, int burst, int failedSignIns) {

    public RateLimitSettings {
        if (perMinute < 1) {
            throw new IllegalArgumentException("rate-limit-per-minute must be 1 or more");
        }
        if (burst < 1) {
            throw new IllegalArgumentException("rate-limit-burst must be 1 or more");
        }
        if (failedSignIns < 1) {
            throw new IllegalArgumentException("failed-sign-in-limit must be 1 or more");
        }
    }

    /** The same limits, switched off. */
    public RateLimitSettings off() {
        return new RateLimitSettings(false, perMinute, burst, failedSignIns);
    }
}
