package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.config.ServerConfig;
import fixbank.server.config.TlsKeys;
import fixbank.server.config.TlsSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server speaks HTTPS itself (#11 item 6): from PEM files or a PKCS#12 keystore, TLS 1.3 and 1.2 only with
 * forward-secret AEAD suites, HSTS on every answer, plain HTTP refused on its port and, when asked, redirected
 * from another; and a key or certificate it cannot use stops it with one line saying why. Real TLS over
 * loopback, with a certificate made for the test and a client that trusts only it.
 */
class TlsTest {

    @TempDir
    static Path certificates;

    @TempDir
    Path temp;

    private static TestCertificate server;
    private static TestCertificate other;

    @BeforeAll
    static void makeCertificates() {
        server = TestCertificate.create(certificates, "server");
        other = TestCertificate.create(certificates, "other");
    }

    private FixbankServer start(TlsSettings tls) throws IOException {
        ServerConfig config = TestServer.config(temp);
        return FixbankServer.start(config.withHttp(config.http().withTls(tls)));
    }

    private static HttpClient client(SSLParameters parameters) {
        return HttpClient.newBuilder()
                .sslContext(server.trustingIt())
                .sslParameters(parameters)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static HttpResponse<String> get(HttpClient client, String address) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertServedOverTls(FixbankServer running) throws Exception {
        HttpResponse<String> ready =
                get(client(new SSLParameters()), "https://127.0.0.1:" + running.port() + "/api/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        SSLSession session = ready.sslSession().orElseThrow();
        assertTrue(Set.of("TLSv1.3", "TLSv1.2").contains(session.getProtocol()), session.getProtocol());
        assertEquals(
                "max-age=31536000",
                ready.headers().firstValue("Strict-Transport-Security").orElse(""),
                "HSTS over HTTPS");
        assertEquals(
                "nosniff", ready.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void pemFilesServeHttpsWithHsts() throws Exception {
        try (FixbankServer running =
                start(TlsSettings.of(new TlsKeys.PemFiles(server.certificatePem(), server.keyPem())))) {
            assertServedOverTls(running);
        }
    }

    @Test
    void aPkcs12KeystoreServesHttpsToo() throws Exception {
        try (FixbankServer running = start(TlsSettings.of(new TlsKeys.Pkcs12(server.keystore(), server.password())))) {
            assertServedOverTls(running);
        }
    }

    @Test
    void plainHttpGetsNoAnswerOnTheHttpsPortAndNoPortOfItsOwn() throws Exception {
        try (FixbankServer running = start(TlsSettings.of(new TlsKeys.Pkcs12(server.keystore(), server.password())))) {
            HttpClient plain = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            String address = "http://127.0.0.1:" + running.port() + "/api/health/ready";
            assertThrows(IOException.class, () -> get(plain, address), "no plain HTTP answer on the HTTPS port");
            assertTrue(running.httpRedirectPort().isEmpty(), "no plain HTTP port unless asked for");
        }
    }

    @Test
    void theRedirectPortSendsPlainHttpToTheSameAddressOverHttps() throws Exception {
        TlsSettings tls = TlsSettings.of(new TlsKeys.Pkcs12(server.keystore(), server.password()))
                .withHttpRedirectPort(0);
        try (FixbankServer running = start(tls)) {
            int redirectPort = running.httpRedirectPort().orElseThrow();
            String path = "/api/search?q=printer&tags=printing";
            HttpResponse<String> redirect = get(HttpClient.newHttpClient(), "http://127.0.0.1:" + redirectPort + path);
            assertEquals(308, redirect.statusCode(), "permanent, and keeps the method");
            assertEquals(
                    "https://127.0.0.1:" + running.port() + path,
                    redirect.headers().firstValue("Location").orElse(""));
            assertEquals(
                    "nosniff",
                    redirect.headers().firstValue("X-Content-Type-Options").orElse(""),
                    "the redirect carries the security headers too");

            HttpResponse<String> followed = HttpClient.newBuilder()
                    .sslContext(server.trustingIt())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + redirectPort + "/api/health/ready"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, followed.statusCode());
            assertEquals("https", followed.uri().getScheme());
        }
    }

    @Test
    void onlyForwardSecretAeadSuitesAreOfferedOnTls12() throws Exception {
        try (FixbankServer running = start(TlsSettings.of(new TlsKeys.Pkcs12(server.keystore(), server.password())))) {
            String address = "https://127.0.0.1:" + running.port() + "/api/health/live";
            SSLParameters gcm = new SSLParameters(
                    new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"}, new String[] {"TLSv1.2"});
            HttpResponse<String> modern = get(client(gcm), address);
            assertEquals(200, modern.statusCode());
            assertEquals("TLSv1.2", modern.sslSession().orElseThrow().getProtocol());

            for (String weak :
                    List.of("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA")) {
                SSLParameters only = new SSLParameters(new String[] {weak}, new String[] {"TLSv1.2"});
                assertThrows(IOException.class, () -> get(client(only), address), weak + " is refused");
            }
        }
    }

    @Test
    void aKeyOrCertificateThatCannotBeUsedStopsTheStartSayingWhy() throws IOException {
        Path missing = temp.resolve("missing.crt");
        Path notPem = Files.writeString(temp.resolve("not-pem.crt"), "hello");
        Path pkcs1 = Files.writeString(
                temp.resolve("pkcs1.key"),
                TestCertificate.pem("RSA PRIVATE KEY", "not really".getBytes(StandardCharsets.US_ASCII)));
        assertStartFails(
                TlsSettings.of(new TlsKeys.PemFiles(missing, server.keyPem())),
                "tls-cert: there is no file " + missing);
        assertStartFails(
                TlsSettings.of(new TlsKeys.PemFiles(notPem, server.keyPem())),
                "tls-cert: " + notPem + " holds no PEM certificate (-----BEGIN CERTIFICATE-----)");
        assertStartFails(
                TlsSettings.of(new TlsKeys.PemFiles(server.certificatePem(), other.keyPem())),
                "tls-key: " + other.keyPem() + " is not the private key of the first certificate in "
                        + server.certificatePem() + ", which must be the server's own");
        assertStartFails(
                TlsSettings.of(new TlsKeys.PemFiles(server.certificatePem(), pkcs1)),
                "tls-key: " + pkcs1 + " holds an RSA PRIVATE KEY; Fixbank reads unencrypted PKCS#8 keys (-----BEGIN"
                        + " PRIVATE KEY-----): convert it with 'openssl pkcs8 -topk8 -nocrypt -in KEY -out"
                        + " KEY.pk8', or use a PKCS#12 keystore");
        assertStartFails(
                TlsSettings.of(new TlsKeys.Pkcs12(server.keystore(), "not-the-password")),
                "tls-keystore: the password in FIXBANK_TLS_KEYSTORE_PASSWORD does not open " + server.keystore());
        assertStartFails(
                TlsSettings.of(new TlsKeys.Pkcs12(server.keystore(), "")),
                "tls-keystore: the password is missing: set it in FIXBANK_TLS_KEYSTORE_PASSWORD");
        assertStartFails(
                TlsSettings.of(new TlsKeys.Pkcs12(server.certificatePem(), "x")),
                "tls-keystore: " + server.certificatePem() + " is not a PKCS#12 keystore");
    }

    private void assertStartFails(TlsSettings tls, String expectedStart) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> start(tls).close());
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void theCommandPrintsOneErrorLineAndNoStackTrace() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder command = new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                FixbankServer.class.getName(),
                "--tls-keystore",
                server.keystore().toString(),
                "--index",
                temp.resolve("index").toString());
        command.environment().keySet().removeIf(variable -> variable.startsWith("FIXBANK_"));
        Process process = command.start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server stopped by itself");
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.exitValue(), errors);
        assertEquals(
                List.of("Error: tls-keystore: the password is missing: set it in FIXBANK_TLS_KEYSTORE_PASSWORD"),
                errors.lines().toList());
    }
}
