package fixbank.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.server.http.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the browser tests do over plain HTTP, beside the pages: set up revisions as another person would
 * (create, save, submit), and ask, as an anonymous reader, whether search and suggest find an article.
 */
final class EditingCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final TestServer server;

    EditingCalls(TestServer server) {
        this.server = server;
    }

    /** A word no other article holds, so a search for it finds only the article under test. */
    static String unique() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A whole draft as the editing endpoints take it. */
    static Map<String, Object> draft(String title, String symptoms) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("title", title);
        draft.put("summary", "What to do when " + title.toLowerCase() + ".");
        draft.put("tags", List.of("printing"));
        draft.put("systems", List.of("Zebra ZD621"));
        draft.put("visibility", "public");
        draft.put("review_by", "2099-01-31");
        draft.put("symptoms", symptoms);
        draft.put("cause", "The ribbon is loaded inside out.");
        draft.put("resolution", "1. Open the lid.\n2. Turn the ribbon over.");
        return draft;
    }

    /** Creates a draft as the holder of {@code token}; answers its id. */
    String create(String token, Map<String, Object> draft) {
        JsonNode created = send("POST", "/api/articles", token, draft, null, 201);
        return created.get("id").asText();
    }

    /** The revision of {@code id} an editor would open now. */
    JsonNode source(String id) {
        return send("GET", "/api/edit/" + id, TestServer.EDITOR_TOKEN, null, null, 200);
    }

    /** Saves {@code draft} over the revision of {@code id} as it is now, as the holder of {@code token}. */
    void save(String token, String id, Map<String, Object> draft) {
        send(
                "PUT",
                "/api/articles/" + id,
                token,
                draft,
                source(id).get("version").asText(),
                200);
    }

    void submit(String token, String id) {
        send("POST", "/api/articles/" + id + "/submit", token, null, null, 200);
    }

    /** Whether an anonymous search for {@code words} lists {@code id}. */
    boolean anonymousSearchFinds(String words, String id) {
        return lists(
                send("GET", "/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), null, null, null, 200)
                        .get("hits"),
                id);
    }

    /** Whether anonymous known fixes for a ticket in {@code words} include {@code id}. */
    boolean anonymousSuggestFinds(String words, String id) {
        return lists(
                send("POST", "/api/suggest", null, Map.of("title", words, "description", words), null, 200)
                        .get("suggestions"),
                id);
    }

    private static boolean lists(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode send(String method, String path, String token, Object body, String version, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.address(path)))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (version != null) {
                request.header("If-Match", '"' + version + '"');
            }
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
