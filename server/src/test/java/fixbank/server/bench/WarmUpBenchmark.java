package fixbank.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import fixbank.server.eval.EvalQuery;
import fixbank.server.eval.Track;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How fast a server answers its first suggestions against later ones (#15): one client, one suggestion at a time.
 * The requests are the evaluation rows sent in each of the five ways the evaluation sends them (title, description,
 * both, the title half-typed, the title with typos), in blocks of their own rows, each shuffled the same way on
 * every run, so that every block holds the same mix. The client first warms its own JIT by sending suggestions to a
 * stand-in server of its own, which answers each with an answer shaped like the server's, so that what is measured
 * is the server under test and the server sees no request before the timed ones. Then it times the first COUNT
 * requests, sends them three times more untimed, and times COUNT requests about rows the server has not seen as the
 * steady state, printing the median and p99 of each and the ratios of the p99s: of the client's latency, and of the
 * server's own time from its {@code Server-Timing} header, which leaves out what the client and the machine's
 * scheduling add on a machine the two share. {@code bench/warmup} runs the client with C1 only, so that its own JIT
 * compiling does not take a core from the server's.
 *
 * <p>Why unseen requests for the steady state: the server remembers term lookups and spelling corrections per open
 * index, so requests asked before are answered faster than any new ticket would be, and the steady state would be
 * measured against a stream of repeats that real traffic does not send. For the same reason the steady block shares
 * no row with the first: a row's forms share their words. After a searcher was reopened, whose memory starts
 * empty, a second run times both blocks again: the reopened index, with the changed articles in a segment of their
 * own and deleted from the old one, is the steady state to compare with. Not part of the test suite:
 * {@code bench/warmup} runs it.
 *
 * <p>Usage: {@code WarmUpBenchmark BASE_URL QUERIES_JSONL COUNT [AFTER [STEADY_P99_MS STEADY_SERVER_P99_MS]]}:
 * AFTER names what the first block follows ("ready" by default); the steady p99s given, of an earlier run, are
 * compared with this run's first block too.
 */
public final class WarmUpBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SHUFFLE_SEED = 15;
    private static final int CLIENT_WARM_UP = 15_000;
    private static final int UNTIMED_ROUNDS = 3;

    /** Suggestions in each stand-in answer, as in the server's answers to the timed requests. */
    private static final int STAND_IN_SUGGESTIONS = 5;

    /** About the length of a real suggestion's snippet. */
    private static final int STAND_IN_SNIPPET_CHARS = 400;

    private WarmUpBenchmark() {}

    /**
     * Client latencies and the server's own time (its {@code Server-Timing} header) in microseconds, and the
     * server's tookMs, one per suggestion.
     */
    private record Timings(List<Long> micros, List<Long> serverMicros, List<Long> tookMs) {
        double p99Millis() {
            return percentile(micros, 99) / 1000.0;
        }

        double serverP99Millis() {
            return percentile(serverMicros, 99) / 1000.0;
        }
    }

    /** One suggest request's title and description. */
    private record Ticket(String title, String description) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int count = Integer.parseInt(args[2]);
        List<List<Ticket>> blocks = blocks(EvalQuery.read(Path.of(args[1])), count);
        List<Ticket> firstBlock = blocks.get(0);
        HttpClient client = HttpClient.newHttpClient();
        warmClient(client, blocks.get(1));
        String after = args.length > 3 ? args[3] : "ready";
        Timings first = suggest(client, base, firstBlock, count);
        suggest(client, base, firstBlock, count * UNTIMED_ROUNDS);
        Timings steady = suggest(client, base, blocks.get(1), count);
        print("first " + count + " after " + after, first);
        print("steady, " + count + " unseen after " + count * (UNTIMED_ROUNDS + 1), steady);
        System.out.printf(
                Locale.ROOT,
                "p99 of the first over the steady state's: client %.2f×, server %.2f× (the issue asks for at most"
                        + " 1.5×); steady p99 %.3f, server %.3f%n",
                first.p99Millis() / steady.p99Millis(),
                first.serverP99Millis() / steady.serverP99Millis(),
                steady.p99Millis(),
                steady.serverP99Millis());
        if (args.length > 5) {
            System.out.printf(
                    Locale.ROOT,
                    "p99 of the first over the steady state's before the reopen: client %.2f×, server %.2f×%n",
                    first.p99Millis() / Double.parseDouble(args[4]),
                    first.serverP99Millis() / Double.parseDouble(args[5]));
        }
    }

    /**
     * Two blocks of {@code count} requests, each made of its own rows sent in each of the evaluation's
     * known-item ways and shuffled within the block, the same way on every run. No row gives tickets to both:
     * the forms of one row share their words, and a block asking words the other already asked would find
     * their lookups and corrections remembered.
     */
    private static List<List<Ticket>> blocks(List<EvalQuery> rows, int count) {
        List<EvalQuery> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(SHUFFLE_SEED));
        List<List<Ticket>> blocks = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>()));
        int block = 0;
        for (EvalQuery row : shuffled) {
            List<Ticket> tickets = blocks.get(block);
            for (Ticket ticket : ticketsOf(row)) {
                if (tickets.size() < count) {
                    tickets.add(ticket);
                }
            }
            if (tickets.size() == count && ++block == blocks.size()) {
                break;
            }
        }
        if (block < blocks.size()) {
            throw new IllegalArgumentException(
                    "COUNT " + count + " needs more rows than the " + rows.size() + " given");
        }
        for (List<Ticket> tickets : blocks) {
            Collections.shuffle(tickets, new Random(SHUFFLE_SEED));
        }
        return blocks;
    }

    /** The row sent in each of the evaluation's known-item ways. */
    private static List<Ticket> ticketsOf(EvalQuery row) {
        List<Ticket> tickets = new ArrayList<>();
        for (Track track : Track.values()) {
            String[] fields = track.fieldsOf(row);
            if (track != Track.PARAPHRASE && !(fields[0].isBlank() && fields[1].isBlank())) {
                tickets.add(new Ticket(fields[0], fields[1]));
            }
        }
        return tickets;
    }

    /**
     * Runs the client's own code, sending suggestions and reading answers, against a stand-in server whose
     * answers are shaped like the server's, so that the client's JSON reading is compiled for real answers
     * before the first timed one.
     */
    private static void warmClient(HttpClient client, List<Ticket> requests) throws Exception {
        // Without this, each answer waits 40 ms for the client's delayed acknowledgement.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer standIn = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger answered = new AtomicInteger();
        standIn.createContext("/api/suggest", exchange -> {
            JsonNode ticket = JSON.readTree(exchange.getRequestBody());
            byte[] answer = standInAnswer(
                    ticket.path("title").asText() + " "
                            + ticket.path("description").asText(),
                    answered.incrementAndGet());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Server-Timing", "app;dur=1." + (100 + answered.get() % 900));
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        standIn.start();
        try {
            suggest(client, "http://127.0.0.1:" + standIn.getAddress().getPort(), requests, CLIENT_WARM_UP);
        } finally {
            standIn.stop(0);
        }
    }

    /**
     * An answer with the fields of the server's, its suggestions about the ticket's words: marked snippets of
     * about a real one's length, and scores and confidences that differ from answer to answer.
     */
    private static byte[] standInAnswer(String ticket, int number) throws IOException {
        String[] words = ticket.strip().split("\\s+");
        StringBuilder snippet = new StringBuilder();
        for (int i = 0; snippet.length() < STAND_IN_SNIPPET_CHARS; i++) {
            String word = words[i % words.length];
            snippet.append(i % 3 == 0 ? "<mark>" + word + "</mark>" : word).append(' ');
        }
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode suggestions = answer.putArray("suggestions");
        for (int i = 0; i < STAND_IN_SUGGESTIONS; i++) {
            String id = "stand-in/" + number + "/" + i;
            suggestions
                    .addObject()
                    .put("id", id)
                    .put("title", String.join(" ", List.of(words).subList(0, Math.min(words.length, 8))))
                    .put("summary", "")
                    .put("snippet", snippet.toString().strip())
                    .put("score", 40.0f / (i + 1) + number % 97 * 0.0131f)
                    .put("href", "/articles/" + id)
                    .put("version", Long.toHexString(number * 0x9E3779B97F4A7C15L + i))
                    .put("status", "published")
                    .put("confidence", 0.72f - i * 0.031f - number % 13 * 0.001f);
        }
        answer.put("tookMs", 1).put("minConfidence", 0.58f);
        return JSON.writeValueAsBytes(answer);
    }

    /** Sends {@code count} suggestions, going round {@code tickets} from the start as often as needed. */
    private static Timings suggest(HttpClient client, String base, List<Ticket> tickets, int count) throws Exception {
        List<Long> micros = new ArrayList<>();
        List<Long> serverMicros = new ArrayList<>();
        List<Long> took = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Ticket ticket = tickets.get(i % tickets.size());
            String body = JSON.createObjectNode()
                    .put("title", ticket.title())
                    .put("description", ticket.description())
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
            serverMicros.add(serverMicros(response));
        }
        return new Timings(micros, serverMicros, took);
    }

    /** The server's own time from its {@code Server-Timing: app;dur=MILLIS} header, in microseconds. */
    private static long serverMicros(HttpResponse<String> response) {
        String timing = response.headers()
                .firstValue("Server-Timing")
                .orElseThrow(() -> new IllegalStateException("the server sent no Server-Timing header"));
        return Math.round(Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4)) * 1000);
    }

    private static void print(String label, Timings timings) {
        System.out.printf(
                Locale.ROOT,
                "%-34s client median %5.2f ms, p99 %5.2f ms; server median %5.2f ms, p99 %5.2f ms;"
                        + " tookMs median %d, p99 %d%n",
                label + ":",
                percentile(timings.micros(), 50) / 1000.0,
                timings.p99Millis(),
                percentile(timings.serverMicros(), 50) / 1000.0,
                timings.serverP99Millis(),
                percentile(timings.tookMs(), 50),
                percentile(timings.tookMs(), 99));
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }
}
