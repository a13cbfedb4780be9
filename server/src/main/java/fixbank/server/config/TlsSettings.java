package fixbank.server.config;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * HTTPS on the server's port, and whether plain HTTP is answered at all.
 *
 * @param keys the private key and certificate chain
 * @param httpRedirectPort a port for plain HTTP that only redirects to HTTPS; empty means no plain HTTP at all
 */
public record TlsSettings(TlsKeys keys, OptionalInt httpRedirectPort) {

    public TlsSettings {
        Objects.requireNonNull(keys, "keys");
        httpRedirectPort.ifPresent(port -> {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("http-redirect-port must be between 0 and 65535");
            }
        });
    }

    /** HTTPS only, no plain HTTP. */
    public static TlsSettings of(TlsKeys keys) {
        return new TlsSettings(keys, OptionalInt.empty());
    }

    public TlsSettings withHttpRedirectPort(int port) {
        return new TlsSettings(keys, OptionalInt.of(port));
    }
}
