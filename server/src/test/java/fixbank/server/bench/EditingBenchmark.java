package fixbank.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Times the editing workflow of a running Fixbank server over real HTTP, one call at a time (#14): a new
 * draft written, saved again, submitted and approved, then found by an anonymous search; and a change
 * proposed to a published article, which waits in {@code .pending/} without touching the index. That last
 * save is the reference measured in the same run: the difference between it and saving a draft is what
 * bringing the live index up to date after a write costs. Prints the median and the 90th percentile of each
 * step. Not part of the test suite: {@code bench/editing} runs it.
 *
 * <p>Usage: {@code EditingBenchmark BASE_URL EDITOR_TOKEN REVIEWER_TOKEN PUBLISHED_ID [ROUNDS]}
 */
public final class EditingBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, List<Double>> millis = new LinkedHashMap<>();

    private EditingBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        EditingBenchmark bench = new EditingBenchmark(args[0]);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        bench.run(args[1], args[2], args[3], 3); // warm-up, not printed
        bench.millis.clear();
        bench.run(args[1], args[2], args[3], rounds);
        bench.print(rounds);
    }

    private void run(String editor, String reviewer, String published, int rounds) throws Exception {
        for (int round = 0; round < rounds; round++) {
            String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            JsonNode created = call("create draft", "POST", "/api/articles", editor, draft(word, "first"), null);
            String id = created.get("id").asText();
            JsonNode saved = call(
                    "save draft (index refreshed)",
                    "PUT",
                    "/api/articles/" + id,
                    editor,
                    draft(word, "second"),
                    created.get("version").asText());
            call(
                    "submit",
                    "POST",
                    "/api/articles/" + id + "/submit",
                    editor,
                    null,
                    saved.get("version").asText());
            call("approve (index refreshed)", "POST", "/api/articles/" + id + "/approve", reviewer, null, null);
            JsonNode found = call(
                    "anonymous search finds it",
                    "GET",
                    "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8),
                    null,
                    null,
                    null);
            if (found.get("total").asInt() != 1) {
                throw new IllegalStateException("the approved article was not found at once: " + found);
            }
            JsonNode opened = call("open published for editing", "GET", "/api/edit/" + published, editor, null, null);
            JsonNode change = call(
                    "save change to published (no refresh)",
                    "PUT",
                    "/api/articles/" + published,
                    editor,
                    JSON.writeValueAsString(JSON.convertValue(opened.get("fields"), Map.class)),
                    opened.get("version").asText());
            call(
                    "discard change",
                    "DELETE",
                    "/api/articles/" + published,
                    editor,
                    null,
                    change.get("version").asText());
            call("delete article (reviewer)", "DELETE", "/api/articles/" + id, reviewer, null, null);
        }
    }

    private static String draft(String word, String text) throws Exception {
        return JSON.writeValueAsString(Map.of(
                "title",
                "Benchmark article " + word,
                "tags",
                List.of("benchmark"),
                "symptoms",
                "The " + word + " device shows an error. " + text,
                "resolution",
                "1. Restart it.\n2. Try again."));
    }

    private JsonNode call(String step, String method, String path, String token, String body, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", '"' + ifMatch + '"');
        }
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        double took = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(step + ": " + response.statusCode() + " " + response.body());
        }
        millis.computeIfAbsent(step, key -> new ArrayList<>()).add(took);
        return JSON.readTree(response.body());
    }

    private void print(int rounds) {
        System.out.printf(Locale.ROOT, "editing: %d rounds, one call at a time, milliseconds on the client%n", rounds);
        System.out.printf(Locale.ROOT, "%-40s %8s %8s%n", "step", "median", "p90");
        millis.forEach((step, times) -> {
            List<Double> sorted = times.stream().sorted().toList();
            System.out.printf(
                    Locale.ROOT,
                    "%-40s %8.1f %8.1f%n",
                    step,
                    sorted.get(sorted.size() / 2),
                    sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.9) - 1)));
        });
        double draft = median(millis.get("save draft (index refreshed)"));
        double change = median(millis.get("save change to published (no refresh)"));
        System.out.printf(
                Locale.ROOT,
                "saving a draft costs %.1f× saving a change that leaves the index alone%n",
                draft / change);
    }

    private static double median(List<Double> times) {
        return times.stream().sorted().toList().get(times.size() / 2);
    }
}
