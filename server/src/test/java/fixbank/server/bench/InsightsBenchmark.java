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
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times the staff insights endpoints of a running Fixbank server over real HTTP, one call at a time: each
 * endpoint as JSON and as CSV, with the insights page's defaults (12 weeks, 90 days) and over the whole of a
 * generated span (26 weeks, 180 days). Each is called a few times to warm up (the first call's time is printed
 * too: it is what the first reader of the page waits), then timed; prints the median and the longest, the size
 * of the answer and its rows, and marks any median over a second, the bound of #12. Not part of the test suite:
 * {@code bench/insights} runs it.
 *
 * <p>Usage: {@code InsightsBenchmark BASE_URL STAFF_TOKEN [WARM_UP_CALLS] [TIMED_CALLS]}
 */
public final class InsightsBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long BOUND_MILLIS = 1_000;

    private InsightsBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int calls = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        List<String> paths = new ArrayList<>(List.of(
                "/api/insights/deflection?weeks=12",
                "/api/insights/deflection?weeks=26",
                "/api/insights/articles?days=90",
                "/api/insights/articles?days=180"));
        HttpResponse<String> owners = get(client, base + "/api/insights/owners", token);
        JsonNode named = JSON.readTree(owners.body()).path("owners");
        if (named.isArray() && !named.isEmpty()) {
            paths.add("/api/insights/articles?days=90&owner="
                    + URLEncoder.encode(named.get(0).asText(), StandardCharsets.UTF_8));
        }
        paths.addAll(List.of(
                "/api/insights/attention", "/api/insights/unanswered?days=90", "/api/insights/unanswered?days=180"));

        System.out.printf(
                Locale.ROOT, "insights: %d warm-up calls, then %d timed calls each, one at a time%n", warmUps, calls);
        System.out.printf(
                Locale.ROOT,
                "%-44s %6s %9s %9s %9s %10s %6s%n",
                "endpoint",
                "format",
                "first ms",
                "median ms",
                "max ms",
                "bytes",
                "rows");
        List<String> slow = new ArrayList<>();
        for (String path : paths) {
            for (String format : List.of("json", "csv")) {
                String url =
                        base + path + (format.equals("csv") ? (path.contains("?") ? "&" : "?") + "format=csv" : "");
                if (time(client, url, token, path, format, warmUps, calls)) {
                    slow.add(path + " (" + format + ")");
                }
            }
        }
        time(client, base + "/api/insights/owners", token, "/api/insights/owners", "json", warmUps, calls);
        System.out.println(
                slow.isEmpty()
                        ? "insights: every median under 1 s"
                        : "insights: median over 1 s: " + String.join(", ", slow));
    }

    /** Times one address; says whether its median is over the bound. */
    private static boolean time(
            HttpClient client, String url, String token, String path, String format, int warmUps, int calls)
            throws Exception {
        long first = -1;
        HttpResponse<String> last = null;
        for (int i = 0; i < warmUps; i++) {
            long began = System.nanoTime();
            last = get(client, url, token);
            if (first < 0) {
                first = (System.nanoTime() - began) / 1_000_000;
            }
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long began = System.nanoTime();
            last = get(client, url, token);
            micros.add((System.nanoTime() - began) / 1_000);
        }
        Collections.sort(micros);
        if (last.statusCode() != 200) {
            System.out.printf(
                    Locale.ROOT,
                    "%-44s %6s answered %d: %s%n",
                    path,
                    format,
                    last.statusCode(),
                    last.body().length() > 300 ? last.body().substring(0, 300) : last.body());
            return false;
        }
        double median = micros.size() % 2 == 1
                ? micros.get(micros.size() / 2) / 1000.0
                : (micros.get(micros.size() / 2 - 1) + micros.get(micros.size() / 2)) / 2000.0;
        System.out.printf(
                Locale.ROOT,
                "%-44s %6s %9d %9.1f %9.1f %10d %6d%s%n",
                path,
                format,
                first,
                median,
                micros.get(micros.size() - 1) / 1000.0,
                last.body().getBytes(StandardCharsets.UTF_8).length,
                rows(last.body(), format),
                median > BOUND_MILLIS ? "  OVER 1 s" : "");
        return median > BOUND_MILLIS;
    }

    /** The rows of the table: CSV lines after the header, or the elements of the JSON answer's list. */
    private static long rows(String body, String format) throws Exception {
        if (format.equals("csv")) {
            return body.lines().count() - 1;
        }
        JsonNode answer = JSON.readTree(body);
        for (String list : List.of("weeks", "articles", "questions", "owners")) {
            if (answer.path(list).isArray()) {
                return answer.path(list).size();
            }
        }
        return -1;
    }

    private static HttpResponse<String> get(HttpClient client, String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
