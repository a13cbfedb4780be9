package fixbank.server.config;

import java.util.List;

/**
 * How the server listens and whom its API answers across origins.
 *
 * @param host address to listen on
 * @param port HTTP port; 0 picks a free one
 * @param corsOrigins exact origins ({@code https://tickets.example.org}) whose pages may call the API
 */
public record HttpSettings(String host, int port, List<String> corsOrigins) {

    public HttpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must name an address to listen on");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        corsOrigins = List.copyOf(corsOrigins);
    }

    /** Loopback only, on a free port: for a server that only this machine calls. */
    public static HttpSettings loopbackAnyPort() {
        return new HttpSettings("127.0.0.1", 0, List.of());
    }

    public HttpSettings withCorsOrigins(List<String> origins) {
        return new HttpSettings(host, port, origins);
    }
}
