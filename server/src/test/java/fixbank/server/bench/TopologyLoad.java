package fixbank.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * The load of {@code deploy/try-topology}: a few client threads send draft tickets to {@code POST /api/suggest}
 * and their titles to {@code GET /api/search}, taking turns, back to back, for a fixed time or until a stop file
 * appears, while the script kills, drains and restarts the servers behind the balancer. It counts every
 * answer: which server gave it (the balancer's {@code X-Served-By} header), and every failure by kind (an HTTP
 * status other than 200, a connection error, a timeout), and prints one line with the throughput and latency.
 * The exit code is 1 if any request failed, so the script can say PASS only for zero failures. Not part of the
 * test suite.
 *
 * <p>Usage: {@code TopologyLoad BASE_URL SECONDS THREADS [STOP_FILE] [TICKETS_JSONL]}. The tickets default to
 * {@code ../shared/eval/dev-hospital-tickets.jsonl} when it exists, else a few built in, so the script runs
 * without the shared folder.
 *
 * <p>Environment: {@code FIXBANK_LOAD_TOKEN}, a staff token sent with every request (all the load comes from
 * one address, far past the anonymous allowance of a client; staff are not limited); {@code LOAD_RESULTS}, a
 * file to which {@code requests N}, {@code failed N} and {@code served SERVER N} lines are written for the
 * script.
 */
public final class TopologyLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SHARED_TICKETS = Path.of("../shared/eval/dev-hospital-tickets.jsonl");
    /** Longer than the balancer's retries take (a few connection attempts a second apart), far shorter than the run. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final List<Ticket> BUILT_IN = List.of(
            new Ticket(
                    "printer offline on the ward",
                    "The printer by the nurses' station says offline and nothing prints, discharge papers are waiting."),
            new Ticket(
                    "badge tap does nothing",
                    "Tapping my badge on the workstation reader does nothing, I have to type my password every time."),
            new Ticket(
                    "Epic is very slow",
                    "Hyperspace freezes for a minute when I open a chart, other people on the unit have it too."),
            new Ticket(
                    "dragon microphone not detected",
                    "Dragon says no microphone was found although the PowerMic is plugged in."),
            new Ticket(
                    "wristband printer flashing red",
                    "The wristband printer in admissions flashes red and will not print the patient band."),
            new Ticket(
                    "account locked",
                    "My account is locked after I changed my password, I cannot sign in to the workstation."),
            new Ticket(
                    "wifi drops between wards",
                    "The workstation on wheels loses wifi every time we move from one ward to the next."),
            new Ticket(
                    "password expired",
                    "It says my password has expired and I do not know how to reset it from the ward."));

    private record Ticket(String title, String description) {}

    private final String base;
    private final List<Ticket> tickets;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ClientIds journeys = new ClientIds(LoadBenchmark.SUGGESTS_PER_JOURNEY);
    private final ClientIds searches = new ClientIds(LoadBenchmark.SEARCHES_PER_BURST);

    private final LongAdder suggests = new LongAdder();
    private final LongAdder searchesSent = new LongAdder();
    private final Map<String, LongAdder> served = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final List<Long> latencyMicros = Collections.synchronizedList(new ArrayList<>());
    private final List<String> firstFailures = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stop;
    private final long started = System.nanoTime();

    private TopologyLoad(String base, List<Ticket> tickets, String token) {
        this.base = base;
        this.tickets = tickets;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: TopologyLoad BASE_URL SECONDS THREADS [STOP_FILE] [TICKETS_JSONL]");
            System.exit(2);
        }
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        Path stopFile = args.length > 3 && !args[3].isEmpty() ? Path.of(args[3]) : null;
        Path ticketFile = args.length > 4 ? Path.of(args[4]) : SHARED_TICKETS;
        List<Ticket> tickets = tickets(ticketFile);
        String token = System.getenv().getOrDefault("FIXBANK_LOAD_TOKEN", "");
        TopologyLoad load = new TopologyLoad(base, tickets, token);
        double elapsed = load.run(seconds, threads, stopFile);
        boolean clean = load.report(elapsed, threads, tickets.size());
        System.exit(clean ? 0 : 1);
    }

    private static List<Ticket> tickets(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return BUILT_IN;
        }
        List<Ticket> read = new ArrayList<>();
        for (JsonNode row : EvalQueries.read(file)) {
            read.add(new Ticket(
                    row.path("title").asText(), row.path("description").asText()));
        }
        return read.isEmpty() ? BUILT_IN : read;
    }

    /** Runs the threads until the time is up or the stop file appears; the seconds it took. */
    private double run(int seconds, int threads, Path stopFile) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        Thread watcher = new Thread(() -> {
            while (!stop) {
                if (System.nanoTime() >= end || (stopFile != null && Files.exists(stopFile))) {
                    stop = true;
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (!stop) {
                    send(next.getAndIncrement());
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Request {@code i}: even ones suggest, odd ones search, each for the next ticket. */
    private void send(int i) {
        Ticket ticket = tickets.get((i / 2) % tickets.size());
        HttpRequest.Builder request;
        if (i % 2 == 0) {
            String body = JSON.createObjectNode()
                    .put("title", ticket.title())
                    .put("description", ticket.description())
                    .put("limit", 5)
                    .put("journey", journeys.next())
                    .put("source", "api")
                    .toString();
            request = HttpRequest.newBuilder(URI.create(base + "/api/suggest"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            suggests.increment();
        } else {
            request = HttpRequest.newBuilder(URI.create(base + "/api/search?q="
                    + URLEncoder.encode(ticket.title(), StandardCharsets.UTF_8) + "&search=" + searches.next()));
            searchesSent.increment();
        }
        request.timeout(REQUEST_TIMEOUT);
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            latencyMicros.add((System.nanoTime() - sent) / 1000);
            if (response.statusCode() == 200) {
                String server = response.headers().firstValue("X-Served-By").orElse("(no X-Served-By)");
                served.computeIfAbsent(server, key -> new LongAdder()).increment();
            } else {
                fail("HTTP " + response.statusCode(), request, sent, response.body());
            }
        } catch (HttpTimeoutException e) {
            fail("timeout", request, sent, e.toString());
        } catch (IOException e) {
            fail("connection error", request, sent, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = true;
        }
    }

    /** Counts a failure, then pauses a little, so that a client with nothing to talk to does not spin. */
    private void fail(String kind, HttpRequest.Builder request, long sent, String detail) {
        failures.computeIfAbsent(kind, key -> new LongAdder()).increment();
        if (firstFailures.size() < 5) {
            HttpRequest what = request.build();
            firstFailures.add(String.format(
                    Locale.ROOT,
                    "%s %s sent at %.3f s, %s after %.0f ms: %s",
                    what.method(),
                    what.uri().getPath(),
                    (sent - started) / 1e9,
                    kind,
                    (System.nanoTime() - sent) / 1e6,
                    detail.strip().replaceAll("\\s+", " ")));
        }
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = true;
        }
    }

    /** Prints the summary line; whether every request was answered. */
    private boolean report(double elapsed, int threads, int ticketCount) throws IOException {
        long failed = sum(failures);
        long requests = suggests.sum() + searchesSent.sum();
        List<Long> sorted = new ArrayList<>(latencyMicros);
        Collections.sort(sorted);
        String byServer = new TreeMap<>(served)
                .entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue().sum())
                        .collect(Collectors.joining(", "));
        String failedKinds = failed == 0
                ? ""
                : new TreeMap<>(failures)
                        .entrySet().stream()
                                .map(e -> e.getKey() + ": " + e.getValue().sum())
                                .collect(Collectors.joining(", ", " (", ")"));
        System.out.printf(
                Locale.ROOT,
                "%d requests in %.1f s by %d threads (%d suggest, %d search; %d tickets), %.1f req/s;"
                        + " answered by %s; latency median %.0f ms, p99 %.0f ms, max %.0f ms; failed %d%s%n",
                requests,
                elapsed,
                threads,
                suggests.sum(),
                searchesSent.sum(),
                ticketCount,
                requests / elapsed,
                byServer.isEmpty() ? "none" : byServer,
                percentile(sorted, 50) / 1000.0,
                percentile(sorted, 99) / 1000.0,
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0,
                failed,
                failedKinds);
        if (!firstFailures.isEmpty()) {
            System.err.println("first failures:");
            firstFailures.forEach(failure -> System.err.println("  " + shorten(failure)));
        }
        String results = System.getenv("LOAD_RESULTS");
        if (results != null && !results.isEmpty()) {
            StringBuilder lines = new StringBuilder();
            lines.append("requests ").append(requests).append('\n');
            lines.append("failed ").append(failed).append('\n');
            new TreeMap<>(served)
                    .forEach((server, count) -> lines.append("served ")
                            .append(server.replace(' ', '_'))
                            .append(' ')
                            .append(count.sum())
                            .append('\n'));
            Files.writeString(Path.of(results), lines.toString());
        }
        return failed == 0 && requests > 0;
    }

    private static long sum(Map<String, LongAdder> counts) {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
