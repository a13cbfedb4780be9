package fixbank.server.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the server listens, whom its API answers across origins, and whose word it takes for a client's address.
 *
 * @param host address to listen on
 * @param port HTTP port, or HTTPS port when {@code tls} is set; 0 picks a free one
 * @param corsOrigins exact origins ({@code https://tickets.example.org}) whose pages may call the API
 * @param trustedProxies proxies whose {@code X-Forwarded-For} names the client; none means the client is
 *     whoever opened the connection
 * @param tls HTTPS, when set
 * @param drain how long, once shutdown begins, the server keeps serving while its health says "draining", so
 *     that a load balancer's health checks take it out before it stops listening
 */
public record HttpSettings(
        String host,
        int port,
        List<String> corsOrigins,
        List<AddressRange> trustedProxies,
        Optional<TlsSettings> tls,
        Duration drain) {

    /** A balancer checks health every few seconds; a restart should not wait longer than this. */
    public static final Duration MAX_DRAIN = Duration.ofMinutes(5);

    public HttpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must name an address to listen on");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        corsOrigins = List.copyOf(corsOrigins);
        trustedProxies = List.copyOf(trustedProxies);
        int redirect = tls.map(t -> t.httpRedirectPort().orElse(0)).orElse(0);
        if (redirect != 0 && redirect == port) {
            throw new IllegalArgumentException("http-redirect-port must differ from port");
        }
        if (drain.isNegative() || drain.compareTo(MAX_DRAIN) > 0) {
            throw new IllegalArgumentException("drain-seconds must be between 0 and " + MAX_DRAIN.toSeconds());
        }
    }

    /** Plain HTTP, trusting no proxy, stopping without draining. */
    public HttpSettings(String host, int port, List<String> corsOrigins) {
        this(host, port, corsOrigins, List.of(), Optional.empty(), Duration.ZERO);
    }

    /** Loopback only, on a free port: for a server that only this machine calls. */
    public static HttpSettings loopbackAnyPort() {
        return new HttpSettings("127.0.0.1", 0, List.of());
    }

    public HttpSettings withCorsOrigins(List<String> origins) {
        return new HttpSettings(host, port, origins, trustedProxies, tls, drain);
    }

    public HttpSettings withTrustedProxies(List<AddressRange> proxies) {
        return new HttpSettings(host, port, corsOrigins, proxies, tls, drain);
    }

    public HttpSettings withTls(TlsSettings settings) {
        return new HttpSettings(host, port, corsOrigins, trustedProxies, Optional.of(settings), drain);
    }

    public HttpSettings withDrain(Duration time) {
        return new HttpSettings(host, port, corsOrigins, trustedProxies, tls, time);
    }
}
