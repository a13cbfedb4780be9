package fixbank.server.config;

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
 */
public record HttpSettings(
        String host, int port, List<String> corsOrigins, List<AddressRange> trustedProxies, Optional<TlsSettings> tls) {

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
    }

    /** Plain HTTP, trusting no proxy. */
    public HttpSettings(String host, int port, List<String> corsOrigins) {
        this(host, port, corsOrigins, List.of(), Optional.empty());
    }

    /** Loopback only, on a free port: for a server that only this machine calls. */
    public static HttpSettings loopbackAnyPort() {
        return new HttpSettings("127.0.0.1", 0, List.of());
    }

    public HttpSettings withCorsOrigins(List<String> origins) {
        return new HttpSettings(host, port, origins, trustedProxies, tls);
    }

    public HttpSettings withTrustedProxies(List<AddressRange> proxies) {
        return new HttpSettings(host, port, corsOrigins, proxies, tls);
    }

    public HttpSettings withTls(TlsSettings settings) {
        return new HttpSettings(host, port, corsOrigins, trustedProxies, Optional.of(settings));
    }
}
