package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.config.HttpSettings;
import fixbank.server.config.ServerConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alive from the first moment, ready once the index is open, and everything let go at shutdown. */
class LifecycleTest {

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newHttpClient();

    private ServerConfig config() {
        return TestServer.config(temp);
    }

    private HttpResponse<String> get(FixbankServer server, String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void whileTheIndexIsBuiltTheServerIsAliveButNotReady() throws Exception {
        try (FixbankServer server = FixbankServer.listen(config())) {
            assertEquals(200, get(server, "/api/health/live").statusCode());
            HttpResponse<String> ready = get(server, "/api/health/ready");
            assertEquals(503, ready.statusCode());
            assertEquals("{\"status\":\"starting\"}", ready.body());
            assertEquals(503, get(server, "/api/health").statusCode());

            HttpResponse<String> search = get(server, "/api/search?q=printer");
            assertEquals(503, search.statusCode(), search.body());
            assertEquals("5", search.headers().firstValue("Retry-After").orElse(""));
            assertEquals(200, get(server, "/").statusCode(), "the pages are served meanwhile");

            server.openIndex();
            assertEquals(
                    "{\"status\":\"ready\"}", get(server, "/api/health/ready").body());
            assertEquals(200, get(server, "/api/search?q=printer").statusCode());
        }
    }

    @Test
    void shutdownReleasesThePortAndTheIndex() throws Exception {
        FixbankServer server = FixbankServer.start(config());
        int port = server.port();
        server.close();
        assertThrows(
                IOException.class,
                () -> client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health/live"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
        try (FSDirectory directory = FSDirectory.open(temp.resolve("index"));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            assertEquals(6, writer.getDocStats().numDocs, "the index was closed and its lock let go");
        }
    }

    @Test
    void aServerStartedWhileAnotherProcessWritesTheIndexServesItsLastCommit() throws Exception {
        ServerConfig config = config();
        FixbankServer.start(config).close(); // leaves a committed index behind
        try (FSDirectory directory = FSDirectory.open(temp.resolve("index"));
                Lock other = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
                FixbankServer server = FixbankServer.start(config)) {
            assertEquals(200, get(server, "/api/health/ready").statusCode());
            HttpResponse<String> search = get(server, "/api/search?q=printer");
            assertEquals(200, search.statusCode());
            assertTrue(search.body().contains("\"total\":2"), "the two public printer articles: " + search.body());
        }
    }

    @Test
    void aServerThatCannotOpenItsIndexSaysWhyAndLetsGoOfItsPort() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        ServerConfig config = config().withHttp(new HttpSettings("127.0.0.1", port, List.of()));
        // Another process is creating the index and has not committed yet: there is nothing to serve.
        try (FSDirectory directory = FSDirectory.open(temp.resolve("index"));
                IndexWriter other = new IndexWriter(directory, new IndexWriterConfig())) {
            LockObtainFailedException e =
                    assertThrows(LockObtainFailedException.class, () -> FixbankServer.start(config));
            assertTrue(e.getMessage().startsWith("another indexer or server is writing "), e.getMessage());
        }
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort(), "the failed server no longer listens");
        }
    }

    @Test
    void aDrainingServerSaysSoToTheBalancerAndStillServesUntilItStops() throws Exception {
        ServerConfig config = config().withHttp(config().http().withDrain(Duration.ofSeconds(2)));
        FixbankServer server = FixbankServer.start(config);
        int port = server.port();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);

        HttpResponse<String> ready = get(server, "/api/health/ready");
        for (int i = 0; i < 100 && ready.statusCode() == 200; i++) {
            Thread.sleep(10);
            ready = get(server, "/api/health/ready");
        }
        assertEquals(503, ready.statusCode());
        assertEquals("{\"status\":\"draining\"}", ready.body());
        assertEquals("{\"status\":\"draining\"}", get(server, "/api/health").body());
        HttpResponse<String> search = get(server, "/api/search?q=printer");
        assertEquals(200, search.statusCode(), "requests that still come are served: " + search.body());
        assertEquals(
                "close",
                search.headers().firstValue("Connection").orElse(""),
                "no idle connection is kept to a server about to stop");
        assertFalse(closing.isDone(), "it drains for two seconds before it stops listening");

        closing.get(10, TimeUnit.SECONDS);
        assertThrows(IOException.class, () -> get(port, "/api/health/live"));
    }

    @Test
    void aRequestInFlightWhenShutdownBeginsIsAnswered() throws Exception {
        FixbankServer server = FixbankServer.start(config());
        String body = "{\"title\":\"printer offline\",\"description\":\"the ward printer says offline\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/suggest HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, 10);
            out.flush();
            Thread.sleep(200); // the request is now being read by its handler
            CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
            Thread.sleep(300);
            assertFalse(closing.isDone(), "stopping waits for the request in flight");

            out.write(bytes, 10, bytes.length - 10);
            out.flush();
            String status = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertEquals("HTTP/1.1 200 OK", status);
            closing.get(10, TimeUnit.SECONDS);
        }
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
