package fixbank.server.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feedback acknowledged is feedback kept (#12): a real server process, killed with SIGKILL the moment it has
 * answered 201, leaves the vote in its SQLite file.
 */
class FeedbackDurabilityTest {

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aVoteAnsweredWith201SurvivesTheServerBeingKilled() throws Exception {
        Path articles = temp.resolve("articles");
        Files.createDirectories(articles.resolve("printing"));
        Files.writeString(articles.resolve("printing/jam.md"), "---\ntitle: Paper jam in tray 2\n---\nOpen tray 2.\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "fixbank.server.http.FixbankServer",
                        "--articles",
                        articles.toString(),
                        "--index",
                        temp.resolve("data/index").toString(),
                        "--host",
                        "127.0.0.1",
                        "--port",
                        Integer.toString(port)))
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("server.log").toFile())
                .start();
        try {
            awaitReady(port);
            HttpResponse<String> vote = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/feedback"))
                            .header("Content-Type", "application/json")
                            .POST(
                                    HttpRequest.BodyPublishers.ofString(
                                            "{\"articleId\": \"printing/jam\", \"helpful\": false, \"reason\": \"did-not-work\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            server.destroyForcibly();
            assertEquals(201, vote.statusCode(), vote.body());
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        assertEquals(1, votesIn(temp.resolve("data/fixbank.db")));
    }

    private void awaitReady(int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> ready = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // try again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not become ready; see " + temp.resolve("server.log"));
    }

    private static int votesIn(Path database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM feedback WHERE reason = 'did-not-work'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
