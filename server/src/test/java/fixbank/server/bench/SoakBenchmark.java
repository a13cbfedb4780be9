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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A soak of a running Fixbank server: client threads send search, suggest, completion and article requests
 * back to back while an editor thread rewrites articles in the server's folder every few seconds (so the
 * server re-indexes and reopens its searcher all along), for a fixed time. Every ten seconds it prints the
 * server's resident memory, split into anonymous memory (heap, metaspace, thread stacks, malloc) and mapped
 * files (the index), with the requests answered so far and any errors. Not part of the test suite:
 * {@code bench/soak} runs it.
 *
 * <p>Usage: {@code SoakBenchmark BASE_URL QUERIES_JSONL ARTICLES_DIR SERVER_PID MINUTES CLIENTS}
 */
public final class SoakBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SAMPLE = Duration.ofSeconds(10);
    private static final Duration EDIT = Duration.ofSeconds(3);

    private SoakBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<JsonNode> queries = EvalQueries.read(Path.of(args[1]));
        Path articles = Path.of(args[2]);
        long pid = Long.parseLong(args[3]);
        Duration length = Duration.ofMinutes(Long.parseLong(args[4]));
        int clients = Integer.parseInt(args[5]);
        List<Path> editable;
        try (Stream<Path> files = Files.walk(articles)) {
            editable = files.filter(f -> f.toString().endsWith(".md")).limit(50).toList();
        }

        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + length.toNanos();
        AtomicLong answered = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int offset = t * 7919;
            threads.add(started(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    try {
                        HttpResponse<String> response = client.send(
                                request(base, queries.get(i % queries.size()), i),
                                HttpResponse.BodyHandlers.ofString());
                        answered.incrementAndGet();
                        if (response.statusCode() >= 500) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        threads.add(started(() -> {
            for (int i = 0; System.nanoTime() < end; i++) {
                try {
                    Path file = editable.get(i % editable.size());
                    Files.writeString(file, Files.readString(file) + "\nEdited during the soak, round " + i + ".\n");
                    Thread.sleep(EDIT.toMillis());
                } catch (IOException e) {
                    errors.incrementAndGet();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }));

        System.out.printf(Locale.ROOT, "soak: %d clients and one editor for %d min%n", clients, length.toMinutes());
        System.out.println("seconds  RSS MB  anon MB  files MB  threads  requests  errors");
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            print(pid, (System.nanoTime() - start) / 1_000_000_000L, answered.get(), errors.get());
            Thread.sleep(SAMPLE.toMillis());
        }
        for (Thread thread : threads) {
            thread.join();
        }
        print(pid, (System.nanoTime() - start) / 1_000_000_000L, answered.get(), errors.get());
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static HttpRequest request(String base, JsonNode query, int i) {
        String title = query.get("title").asText();
        return switch (i % 4) {
            case 0 ->
                HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + encode(title)))
                        .build();
            case 1 ->
                HttpRequest.newBuilder(URI.create(base + "/api/suggest"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                                .put("title", title)
                                .put("description", query.get("description").asText())
                                .toString()))
                        .build();
            case 2 ->
                HttpRequest.newBuilder(URI.create(base + "/api/autocomplete?q="
                                + encode(title.substring(0, Math.min(12, title.length())))))
                        .build();
            default ->
                HttpRequest.newBuilder(URI.create(
                                base + "/api/articles/" + query.get("expected").asText()))
                        .build();
        };
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** One line: the server's resident memory from /proc, split into anonymous memory and mapped files. */
    private static void print(long pid, long seconds, long requests, long errors) throws IOException {
        long rss = 0;
        long anon = 0;
        long files = 0;
        long threads = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            String[] parts = line.split("\\s+");
            switch (parts[0]) {
                case "VmRSS:" -> rss = Long.parseLong(parts[1]);
                case "RssAnon:" -> anon = Long.parseLong(parts[1]);
                case "RssFile:" -> files = Long.parseLong(parts[1]);
                case "Threads:" -> threads = Long.parseLong(parts[1]);
                default -> {}
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%7d  %6d  %7d  %8d  %7d  %8d  %6d%n",
                seconds,
                rss / 1024,
                anon / 1024,
                files / 1024,
                threads,
                requests,
                errors);
    }
}
