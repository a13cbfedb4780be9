package fixbank.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.server.config.AccessSettings;
import fixbank.server.config.HttpSettings;
import fixbank.server.config.IndexSettings;
import fixbank.server.config.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A real Fixbank server on a random loopback port over a temp folder of articles, and a real HTTP client.
 * Holds a small knowledge bank with every visibility and status. Public for the browser tests.
 */
public final class TestServer implements AutoCloseable {

    public static final String STAFF_TOKEN = "staff-token-0123456789";
    public static final String STAFF_NAME = "Dana Okafor (Service Desk)";
    public static final String ADMIN_TOKEN = "admin-token-0123456789";
    public static final String ADMIN_NAME = "Alex Admin (IT)";
    public static final String EDITOR_TOKEN = "editor-token-0123456789";
    public static final String EDITOR_NAME = "Erin Editor (Clinical Systems)";
    public static final String REVIEWER_TOKEN = "reviewer-token-0123456789";
    public static final String REVIEWER_NAME = "Rafa Reviewer (Service Desk lead)";

    private static final ObjectMapper JSON = new ObjectMapper();

    final Path articles;
    final FixbankServer server;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Path articles, FixbankServer server) {
        this.articles = articles;
        this.server = server;
    }

    public static TestServer start(Path temp) throws IOException {
        return start(temp, config -> config);
    }

    /** A server as {@link #config} sets it up, with whatever {@code adjust} changes. */
    public static TestServer start(Path temp, UnaryOperator<ServerConfig> adjust) throws IOException {
        ServerConfig config = adjust.apply(config(temp));
        return new TestServer(config.index().articles(), FixbankServer.start(config));
    }

    /**
     * The configuration {@link #start} begins with: the starter articles written to {@code temp}, loopback
     * only, a free port, a staff and an admin token, a look for changes once a minute, and no rate limits: a test class
     * is one client asking as fast as it can, as a benchmark is. The limits have tests of their own.
     */
    static ServerConfig config(Path temp) {
        Path articles = temp.resolve("articles");
        writeStarterArticles(articles);
        ServerConfig defaults = ServerConfig.defaults();
        return defaults.withIndex(new IndexSettings(articles, temp.resolve("index"), Duration.ofSeconds(60)))
                .withHttp(HttpSettings.loopbackAnyPort())
                .withAccess(AccessSettings.inline(String.join(
                        ",",
                        STAFF_TOKEN + ":staff:" + STAFF_NAME,
                        EDITOR_TOKEN + ":editor:" + EDITOR_NAME,
                        REVIEWER_TOKEN + ":reviewer:" + REVIEWER_NAME,
                        ADMIN_TOKEN + ":admin:" + ADMIN_NAME)))
                .withRateLimits(defaults.rateLimits().off())
                // Hundreds of servers start in the tests; WarmUpTest checks the warm-up.
                .withSearch(defaults.search().withWarmUp(false));
    }

    /** The address of {@code pathAndQuery} on this server, as a browser would open it. */
    public String address(String pathAndQuery) {
        return uri(pathAndQuery).toString();
    }

    /** Adds articles, by path under the articles folder, and indexes them now. */
    public void add(Map<String, String> contentByPath) throws IOException {
        contentByPath.forEach((path, content) -> write(articles, path, content));
        server.refresh();
    }

    /** Deletes an article file, by path under the articles folder, and indexes that now. */
    void remove(String relativePath) throws IOException {
        Files.delete(articles.resolve(relativePath));
        server.refresh();
    }

    static void write(Path articles, String relativePath, String content) {
        try {
            Path file = articles.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String article(
            String title, String tags, String systems, String visibility, String status, String body) {
        return "---\ntitle: " + title + "\nsummary: About " + title.toLowerCase() + ".\ntags: [" + tags
                + "]\nsystems: ["
                + systems + "]\nvisibility: " + visibility + "\nstatus: " + status
                + "\nowner: Dana Okafor (Service Desk)\nupdated: 2026-10-01\n---\n# " + title + "\n\n" + body + "\n";
    }

    private static void writeStarterArticles(Path articles) {
        write(
                articles,
                "printing/wristband-printer-blank.md",
                article(
                        "Wristband printer prints blank labels",
                        "printing, wristband",
                        "Zebra ZD621",
                        "public",
                        "published",
                        "## Symptoms\nThe wristband printer feeds labels but they come out blank.\n\n"
                                + "## Cause\nThe ribbon is loaded inside out.\n\n"
                                + "## Resolution\n1. Open the printer lid.\n2. Turn the ribbon over.\n3. Press **Feed** to calibrate.\n"
                                + "\nSee also [printer offline](printer-offline.md)."));
        write(
                articles,
                "printing/printer-offline.md",
                article(
                        "Printer shows offline",
                        "printing",
                        "Windows 11",
                        "public",
                        "published",
                        "## Symptoms\nWindows says the printer is offline and nothing prints.\n\n## Resolution\nCheck the network cable."));
        write(
                articles,
                "printing/print-server-spooler.md",
                article(
                        "Restart the print spooler on the print server",
                        "printing, server",
                        "Windows Server",
                        "internal",
                        "published",
                        "## Symptoms\nEvery printer on a ward shows offline.\n\n## Resolution\nRestart the spooler service on PRINT01."));
        write(
                articles,
                "access/account-locked.md",
                article(
                        "Account locked after failed sign-ins",
                        "access, epic",
                        "Epic Hyperspace, Active Directory",
                        "public",
                        "published",
                        "## Symptoms\nEpic says \"Your account has been locked\" with error 0x80070005 and `<b>Access denied</b>`.\n\n"
                                + "## Resolution\nWait 15 minutes or call the Service Desk.\n\n"
                                + "<script>alert('x')</script>\n\n[Click me](javascript:alert(1)) [Open](data:text/html;base64,PHNjcmlwdD4=)"));
        write(
                articles,
                "access/badge-tap-draft.md",
                article(
                        "Badge tap does nothing",
                        "access, sso",
                        "Imprivata OneSign",
                        "public",
                        "draft",
                        "## Symptoms\nTapping the badge on the reader does nothing.\n\n## Resolution\nReplug the reader."));
        write(
                articles,
                "access/unlock-in-ad-review.md",
                article(
                        "Unlock an account in Active Directory",
                        "access",
                        "Active Directory",
                        "internal",
                        "review",
                        "## Symptoms\nA user is locked out.\n\n## Resolution\nUnlock the account in Active Directory Users and Computers."));
    }

    /** An HTTP response, with its body read as JSON. */
    record Reply(int status, JsonNode json, String body, HttpResponse<String> raw) {}

    Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    Reply head(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    }

    Reply getAsAdmin(String pathAndQuery) {
        return getWithAuthorization(pathAndQuery, "Bearer " + ADMIN_TOKEN);
    }

    Reply getAsStaff(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery))
                .header("Authorization", "Bearer " + STAFF_TOKEN)
                .GET()
                .build());
    }

    Reply getWithAuthorization(String pathAndQuery, String authorization) {
        return getWithHeader(pathAndQuery, "Authorization", authorization);
    }

    Reply getWithHeader(String pathAndQuery, String name, String value) {
        return getWithHeaders(pathAndQuery, Map.of(name, value));
    }

    Reply getWithHeaders(String pathAndQuery, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    Reply post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    Reply deleteAsStaff(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + STAFF_TOKEN)
                .DELETE()
                .build());
    }

    Reply postAsStaff(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + STAFF_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /**
     * Any request: {@code token} null for an anonymous caller, {@code body} null for none, and extra headers
     * such as {@code If-Match}.
     */
    Reply send(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("application/json") && !response.body().isEmpty()) {
                json = JSON.readTree(response.body());
            }
            return new Reply(response.statusCode(), json, response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
