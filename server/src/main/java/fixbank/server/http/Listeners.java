package fixbank.server.http;

import fixbank.server.config.HttpSettings;
import fixbank.server.config.TlsSettings;
import fixbank.server.tls.ServerKeyStore;
import io.javalin.config.JavalinConfig;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.SecuredRedirectHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Where the server listens, and how its answers go out ({@link #WHOLE_ANSWER_BYTES}). Without TLS, Javalin's own
 * plain HTTP connector on the host and port. With TLS, HTTPS there instead, and plain HTTP nowhere, unless a
 * redirect port is set: that port answers every request with a permanent redirect (308, which keeps the
 * method) to the same address over HTTPS, and nothing else. The key and certificate are read when this is
 * made, so a bad file stops the server before anything starts.
 */
final class Listeners {

    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    /**
     * TLS 1.3's suites, and TLS 1.2's with ECDHE key exchange and an AEAD cipher: forward secrecy, no CBC, no
     * RSA key exchange, no SHA-1 (Mozilla's "intermediate" list without its DHE suites). Patterns, as Jetty
     * reads them; Jetty's own exclusions (MD5, SHA-1, RSA key exchange, NULL, anonymous) apply as well.
     */
    private static final String[] CIPHER_SUITES = {
        "TLS_AES_.*", "TLS_CHACHA20_.*", "TLS_ECDHE_.*_GCM_.*", "TLS_ECDHE_.*_CHACHA20_POLY1305_.*"
    };

    /**
     * Answers up to this size (every search page, suggestion and health answer) are sent whole, with their
     * {@code Content-Length}, in one write, where Jetty would send those over 8 KB in chunks. A server killed
     * while it answers then leaves a load balancer either nothing, which it can send to another server, or
     * the whole answer, never a cut one it has already begun to pass on to the client (deploy/try-topology
     * kills a server under load). The memory is the output buffer Jetty keeps per request anyway.
     */
    static final int WHOLE_ANSWER_BYTES = 32 * 1024;

    private final HttpSettings http;
    private final Optional<ServerKeyStore> keys;
    private final HttpConfiguration redirectConfiguration = new HttpConfiguration();
    private volatile ServerConnector https;
    private volatile ServerConnector redirect;

    /** @throws IllegalArgumentException when the TLS key or certificate cannot be used, saying why */
    Listeners(HttpSettings http) {
        this.http = http;
        this.keys = http.tls().map(tls -> ServerKeyStore.load(tls.keys()));
    }

    void register(JavalinConfig javalin) {
        javalin.jetty.modifyHttpConfiguration(http -> http.setOutputAggregationSize(WHOLE_ANSWER_BYTES));
        if (keys.isEmpty()) {
            return;
        }
        javalin.jetty.addConnector((server, configuration) -> https = httpsConnector(server, configuration));
        http.tls()
                .map(TlsSettings::httpRedirectPort)
                .orElse(OptionalInt.empty())
                .ifPresent(port -> {
                    redirectConfiguration.setSendServerVersion(false);
                    redirectConfiguration.setSecureScheme("https");
                    redirectConfiguration.setSecurePort(http.port());
                    javalin.jetty.addConnector((server, configuration) -> redirect = redirectConnector(server, port));
                    // Lets secure requests through and redirects the others, which only the redirect port receives.
                    javalin.jetty.modifyServer(server -> server.insertHandler(new SecuredRedirectHandler(308)));
                });
    }

    /** Once listening: the redirects name the HTTPS port, known only now when a free one was asked for. */
    void started() {
        if (redirect != null) {
            redirectConfiguration.setSecurePort(https.getLocalPort());
        }
    }

    /** The plain HTTP port that redirects to HTTPS, once listening. */
    OptionalInt httpRedirectPort() {
        return redirect == null ? OptionalInt.empty() : OptionalInt.of(redirect.getLocalPort());
    }

    /** Where the server can be reached, for the log. */
    String describe(int port) {
        String main = (keys.isPresent() ? "https://" : "http://") + http.host() + ":" + port + "/";
        return httpRedirectPort().stream()
                .mapToObj(p -> main + " (plain HTTP on " + p + " redirects there)")
                .findFirst()
                .orElse(main);
    }

    private ServerConnector httpsConnector(Server server, HttpConfiguration configuration) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(keys.orElseThrow().store());
        tls.setKeyStorePassword(keys.orElseThrow().password());
        tls.setKeyManagerPassword(keys.orElseThrow().password());
        tls.setIncludeProtocols(PROTOCOLS);
        tls.setIncludeCipherSuites(CIPHER_SUITES);
        tls.setRenegotiationAllowed(false);
        // One certificate serves every name the server is reached by; checking the Host header against it
        // would only refuse a load balancer's health check by address.
        configuration.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(
                server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(configuration));
        connector.setHost(http.host());
        connector.setPort(http.port());
        return connector;
    }

    private ServerConnector redirectConnector(Server server, int port) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(redirectConfiguration));
        connector.setHost(http.host());
        connector.setPort(port);
        return connector;
    }
}
