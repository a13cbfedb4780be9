package fixbank.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How fast a server answers its first suggestions against later ones (#15): one client, one suggestion at a
 * time, with the evaluation tickets. The client first warms its own JIT by sending the same suggestions to a
 * stand-in server of its own, which answers each with a fixed suggest answer, so that what is measured is the
 * server under test and the server sees no request before the timed ones. Then it times the first COUNT
 * suggestions, runs three times as many untimed, and times COUNT more as the steady state, printing the
 * median and p99 of each (client latency and the server's own {@code tookMs}) and the ratio of the p99s. With {@code --first-only} it times only the
 * first COUNT, as after a searcher was reopened, and compares them with the steady p99 given. Not part of the
 * test suite: {@code bench/warmup} runs it.
 *
 * <p>Usage: {@code WarmUpBenchmark BASE_URL QUERIES_JSONL COUNT [--first-only STEADY_P99_MS LABEL]}
 */
public final class WarmUpBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENT_WARM_UP = 3_000;
    private static final int UNTIMED_ROUNDS = 3;

    /** About the size of a real answer of five suggestions. */
    private static final int STAND_IN_ANSWER_BYTES = 3_000;

    private WarmUpBenchmark() {}

    /** Client latencies in microseconds and the server's tookMs, one per suggestion. */
    private record Timings(List<Long> micros, List<Long> tookMs) {
        double p99Millis() {
            return percentile(micros, 99) / 1000.0;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<JsonNode> tickets = EvalQueries.read(Path.of(args[1]));
        int count = Integer.parseInt(args[2]);
        HttpClient client = HttpClient.newHttpClient();
        warmClient(client, tickets);
        if (args.length > 3 && args[3].equals("--first-only")) {
            Timings first = suggest(client, base, tickets, 0, count);
            print(args[5], first);
            System.out.printf(
                    Locale.ROOT,
                    "p99 of those over the steady state's: %.2f× (the issue asks for at most 1.5×)%n",
                    first.p99Millis() / Double.parseDouble(args[4]));
            return;
        }
        Timings first = suggest(client, base, tickets, 0, count);
        suggest(client, base, tickets, count, count * UNTIMED_ROUNDS);
        Timings steady = suggest(client, base, tickets, count * (UNTIMED_ROUNDS + 1), count);
        print("first " + count + " after ready", first);
        print("steady, after " + count * (UNTIMED_ROUNDS + 1) + " more", steady);
        System.out.printf(
                Locale.ROOT,
                "p99 of the first over the steady state's: %.2f× (the issue asks for at most 1.5×); steady p99 %.2f%n",
                first.p99Millis() / steady.p99Millis(),
                steady.p99Millis());
    }

    /** Runs the client's own code, sending suggestions and reading answers, against a stand-in server. */
    private static void warmClient(HttpClient client, List<JsonNode> tickets) throws Exception {
        byte[] answer = JSON.writeValueAsBytes(
                JSON.createObjectNode().put("tookMs", 1).put("suggestions", "x".repeat(STAND_IN_ANSWER_BYTES)));
        HttpServer standIn = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        standIn.createContext("/api/suggest", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        standIn.start();
        try {
            suggest(client, "http://127.0.0.1:" + standIn.getAddress().getPort(), tickets, 0, CLIENT_WARM_UP);
        } finally {
            standIn.stop(0);
        }
    }

    private static Timings suggest(HttpClient client, String base, List<JsonNode> tickets, int from, int count)
            throws Exception {
        List<Long> micros = new ArrayList<>();
        List<Long> took = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            JsonNode ticket = tickets.get(i % tickets.size());
            String body = JSON.createObjectNode()
                    .put("title", ticket.get("title").asText())
                    .put("description", ticket.get("description").asText())
                    .put("limit", 5)
                    .toString();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/suggest"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            long sent = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            micros.add((System.nanoTime() - sent) / 1000);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("suggest answered " + response.statusCode() + ": " + response.body());
            }
            took.add(JSON.readTree(response.body()).get("tookMs").asLong());
        }
        return new Timings(micros, took);
    }

    private static void print(String label, Timings timings) {
        System.out.printf(
                Locale.ROOT,
                "%-34s client median %6.2f ms, p99 %6.2f ms; server tookMs median %d, p99 %d%n",
                label + ":",
                percentile(timings.micros(), 50) / 1000.0,
                timings.p99Millis(),
                percentile(timings.tookMs(), 50),
                percentile(timings.tookMs(), 99));
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }
}
