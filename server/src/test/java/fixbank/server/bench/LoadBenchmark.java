package fixbank.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * A closed-loop load generator for a running Fixbank server on loopback: a few client threads send requests
 * back to back for a fixed time, first to the bare health endpoint, then to search and suggest with queries
 * from the shared evaluation set. Prints throughput, client latency (median, p99) and, for search and suggest,
 * the server's own {@code tookMs}. Given the server's process id, it also prints the server's CPU time per
 * request, read from {@code /proc}: unlike throughput, that barely moves when something else on the machine
 * competes for the cores; and the CPU that other processes took meanwhile, in cores, which says how far the
 * machine was shared. Not part of the test suite: {@code bench/load} runs it.
 *
 * <p>Requests are named as the pages name them, so a server that records (#12) records them: each suggest
 * carries a {@code journey} id, a new one every {@value #SUGGESTS_PER_JOURNEY} requests of a thread (a ticket
 * being typed), and a {@code source}; each search carries a {@code search} id, a new one every
 * {@value #SEARCHES_PER_BURST} requests (a burst of typing).
 *
 * <p>Usage: {@code LoadBenchmark BASE_URL QUERIES_JSONL [SECONDS_PER_ENDPOINT] [THREADS] [SERVER_PID CLOCK_TICKS]}
 *
 * <p>Environment: {@code LOAD_RESULTS}, a file to which a line {@code ENDPOINT REQUESTS_PER_SECOND
 * SERVER_CPU_MS_PER_REQUEST RECORDER_SHARE_OF_SERVER_CPU} is appended for each endpoint measured (for scripts that compare runs);
 * {@code FIXBANK_BENCH_TOKEN}, a staff token of the server, with which the recorder's counts on
 * {@code /api/health} are printed at the end, once what was queued has been written.
 */
public final class LoadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARM_UP_ROUNDS = 2;
    static final int SUGGESTS_PER_JOURNEY = 4;
    static final int SEARCHES_PER_BURST = 3;
    /** The recorder's writer thread, as /proc names it (15 characters at most). */
    private static final String RECORDER_THREAD = "fixbank-recorde";

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<JsonNode> queries = EvalQueries.read(Path.of(args[1]));
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        ServerCpu cpu = args.length > 5 ? new ServerCpu(Long.parseLong(args[4]), Integer.parseInt(args[5])) : null;
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        IntFunction<HttpRequest> health =
                i -> HttpRequest.newBuilder(URI.create(base + "/api/health")).build();
        ClientIds searches = new ClientIds(SEARCHES_PER_BURST);
        IntFunction<HttpRequest> search = i -> HttpRequest.newBuilder(URI.create(base + "/api/search?q="
                        + URLEncoder.encode(
                                queries.get(i % queries.size()).get("title").asText(), StandardCharsets.UTF_8)
                        + "&search=" + searches.next()))
                .build();
        ClientIds journeys = new ClientIds(SUGGESTS_PER_JOURNEY);
        IntFunction<HttpRequest> suggest = i -> {
            JsonNode q = queries.get(i % queries.size());
            String journey = journeys.next();
            String body = JSON.createObjectNode()
                    .put("title", q.get("title").asText())
                    .put("description", q.get("description").asText())
                    .put("limit", 5)
                    .put("journey", journey)
                    .put("source", source(journey))
                    .toString();
            return HttpRequest.newBuilder(URI.create(base + "/api/suggest"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        };

        // Warm the JIT on every path before anything is measured. Lucene's scoring code keeps C2 busy for
        // about a minute on two cores; measured earlier, the compiler's CPU time lands on the requests.
        // Searches and suggestions answered, each of which a recording server records as one event.
        long recordable = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            recordable += run(client, suggest, seconds, threads, null).answered();
            recordable += run(client, search, seconds, threads, null).answered();
            run(client, health, seconds, threads, null);
        }

        System.out.printf(
                Locale.ROOT,
                "load: %d client threads, %d s per endpoint, %d distinct queries%n",
                threads,
                seconds,
                queries.size());
        Result bare = run(client, health, seconds, threads, cpu);
        Result searchResult = run(client, search, seconds, threads, cpu);
        Result suggestResult = run(client, suggest, seconds, threads, cpu);
        recordable += searchResult.answered() + suggestResult.answered();
        print("health", bare, bare);
        print("search", searchResult, bare);
        print("suggest", suggestResult, bare);
        String results = System.getenv("LOAD_RESULTS");
        if (results != null && !results.isEmpty()) {
            Files.writeString(
                    Path.of(results),
                    line("health", bare) + line("search", searchResult) + line("suggest", suggestResult),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        String token = System.getenv("FIXBANK_BENCH_TOKEN");
        if (token != null && !token.isEmpty()) {
            printRecording(client, base, token, recordable, cpu);
        }
    }

    /** Where the ticket is typed, as the pages say: mostly the report page, then the widget, then ticketing systems. */
    private static String source(String journey) {
        int share = Math.floorMod(journey.hashCode(), 10);
        return share < 6 ? "report" : share < 9 ? "widget" : "api";
    }

    private static String line(String name, Result result) {
        return String.format(
                Locale.ROOT,
                "%s %.2f %.4f %.4f%n",
                name,
                result.throughput(),
                result.cpuPerRequest(),
                result.recorderCpuMillis() > 0 ? result.recorderCpuMillis() / result.serverCpuMillis() : 0.0);
    }

    /**
     * The recorder's counts from the staff view of {@code /api/health}, once its queue is empty (or after ten
     * seconds): what the load made it write and drop.
     */
    private static void printRecording(HttpClient client, String base, String token, long recordable, ServerCpu cpu)
            throws IOException, InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/api/health"))
                .header("Authorization", "Bearer " + token)
                .build();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode recording;
        do {
            HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
            recording = JSON.readTree(response.body()).path("recording");
            if (recording.isMissingNode()) {
                System.out.println(
                        "recording: not reported on /api/health (a server from before #12, or not a staff token)");
                return;
            }
            if (!recording.path("on").asBoolean() || recording.path("queued").asLong() == 0) {
                break;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        if (!recording.path("on").asBoolean()) {
            System.out.println("recording: off");
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "recording: on (%s), events written %d, dropped %d, still queued %d, of %d searches and suggestions"
                        + " answered (warm-up included)%n",
                recording.path("database").asText(),
                recording.path("written").asLong(),
                recording.path("dropped").asLong(),
                recording.path("queued").asLong(),
                recordable);
        if (cpu != null) {
            // The writer thread's own CPU: what recording costs the server, whatever else the machine runs.
            double writer = cpu.threadMillis(RECORDER_THREAD);
            System.out.printf(
                    Locale.ROOT,
                    "recorder thread CPU: %.0f ms in all, %.3f ms per event written (server CPU in all: %.0f ms)%n",
                    writer,
                    writer / Math.max(1, recording.path("written").asLong()),
                    cpu.millis());
        }
    }

    private record Result(
            long requests,
            long errors,
            double seconds,
            List<Long> latencyMicros,
            List<Long> tookMs,
            double serverCpuMillis,
            double otherCpuMillis,
            double recorderCpuMillis) {
        long answered() {
            return requests - errors;
        }

        double throughput() {
            return requests / seconds;
        }

        double cpuPerRequest() {
            return serverCpuMillis / requests;
        }
    }

    /** A process's CPU time, user and system, from {@code /proc/PID/stat}. */
    private record ServerCpu(long pid, int clockTicksPerSecond) {
        double millis() throws IOException {
            return statMillis(Path.of("/proc", Long.toString(pid), "stat"));
        }

        /**
         * The CPU time the whole machine spent on anything but the server and this load generator, from
         * {@code /proc/stat}: other work that competed for the cores while a run was measured.
         */
        double othersMillis() throws IOException {
            String[] machine = Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
            long busy = 0;
            // user nice system idle iowait irq softirq steal: all but idle and iowait
            for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(machine[field]);
            }
            return busy * 1000.0 / clockTicksPerSecond - millis() - statMillis(Path.of("/proc/self/stat"));
        }

        /** The CPU time of the process's threads whose name starts with {@code name} (at most 15 characters). */
        double threadMillis(String name) throws IOException {
            double millis = 0;
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path task : tasks.toList()) {
                    try {
                        if (Files.readString(task.resolve("comm")).strip().startsWith(name)) {
                            millis += statMillis(task.resolve("stat"));
                        }
                    } catch (NoSuchFileException e) {
                        // the thread ended
                    }
                }
            }
            return millis;
        }

        private double statMillis(Path statFile) throws IOException {
            String stat = Files.readString(statFile);
            // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are
            // the 12th and 13th of them.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000.0 / clockTicksPerSecond;
        }
    }

    private static Result run(
            HttpClient client, IntFunction<HttpRequest> requests, int seconds, int threads, ServerCpu cpu)
            throws InterruptedException, IOException {
        double cpuBefore = cpu == null ? 0 : cpu.millis();
        double othersBefore = cpu == null ? 0 : cpu.othersMillis();
        double recorderBefore = cpu == null ? 0 : cpu.threadMillis(RECORDER_THREAD);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> took = Collections.synchronizedList(new ArrayList<>());
        AtomicLong count = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int offset = t * 7919;
            Thread worker = new Thread(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    HttpRequest request = requests.apply(i++);
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - sent) / 1000);
                        count.incrementAndGet();
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else if (response.body().contains("\"tookMs\"")) {
                            took.add(
                                    JSON.readTree(response.body()).get("tookMs").asLong());
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double othersUsed = cpu == null ? Double.NaN : cpu.othersMillis() - othersBefore;
        // The recorder stores what the run queued a little after it: until its CPU time stops growing (a second
        // at most), that is the run's too.
        double recorderUsed = Double.NaN;
        if (cpu != null) {
            double previous = -1;
            double now = cpu.threadMillis(RECORDER_THREAD);
            for (int i = 0; i < 20 && now != previous; i++) {
                Thread.sleep(50);
                previous = now;
                now = cpu.threadMillis(RECORDER_THREAD);
            }
            recorderUsed = now - recorderBefore;
        }
        double cpuUsed = cpu == null ? Double.NaN : cpu.millis() - cpuBefore;
        return new Result(count.get(), errors.get(), elapsed, latencies, took, cpuUsed, othersUsed, recorderUsed);
    }

    private static void print(String name, Result result, Result bare) {
        List<Long> latencies = new ArrayList<>(result.latencyMicros());
        Collections.sort(latencies);
        String took = "";
        if (!result.tookMs().isEmpty()) {
            List<Long> ms = new ArrayList<>(result.tookMs());
            Collections.sort(ms);
            took = String.format(
                    Locale.ROOT, "  server tookMs median %d p99 %d", percentile(ms, 50), percentile(ms, 99));
        }
        String cpu = Double.isNaN(result.serverCpuMillis())
                ? ""
                : String.format(
                        Locale.ROOT,
                        "  server CPU %.2f ms/request (health/this %.2f)%s  other processes %.2f cores",
                        result.cpuPerRequest(),
                        bare.cpuPerRequest() / result.cpuPerRequest(),
                        result.recorderCpuMillis() > 0
                                ? String.format(
                                        Locale.ROOT,
                                        ", %.1f%% of it recording",
                                        100 * result.recorderCpuMillis() / result.serverCpuMillis())
                                : "",
                        result.otherCpuMillis() / 1000 / result.seconds());
        System.out.printf(
                Locale.ROOT,
                "%-8s %8.0f req/s (%.2f of health)  latency median %.2f ms p99 %.2f ms  errors %d%s%s%n",
                name,
                result.throughput(),
                result.throughput() / bare.throughput(),
                percentile(latencies, 50) / 1000.0,
                percentile(latencies, 99) / 1000.0,
                result.errors(),
                took,
                cpu);
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
