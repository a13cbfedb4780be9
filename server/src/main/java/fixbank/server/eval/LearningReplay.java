package fixbank.server.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.server.config.AccessSettings;
import fixbank.server.config.HttpSettings;
import fixbank.server.config.IndexSettings;
import fixbank.server.config.ServerConfig;
import fixbank.server.http.FixbankServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The learning replay: {@code java -cp server/target/fixbank-server.jar fixbank.server.eval.LearningReplay
 * [--articles DIR] [SHARED_DIR]}. Starts a real server on the bundled articles (recording to an SQLite file in
 * a temporary folder, no confidence cut-off, so ranks are comparable), splits the answerable hospital dev
 * tickets in two (alternate rows), scores the second half as staff, then feeds the first half through the
 * public API as a person would: each ticket is suggested for with its own journey, and its expected article
 * is voted helpful, anonymously with a session of its own (or with a staff token when the article is
 * internal). Then it scores the second half again and prints both.
 */
public final class LearningReplay {

    private static final String STAFF_TOKEN = "replay-staff-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private LearningReplay(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        Path articles = Path.of("articles");
        int at = arguments.indexOf("--articles");
        if (at >= 0 && at + 1 < arguments.size()) {
            articles = Path.of(arguments.remove(at + 1));
            arguments.remove(at);
        }
        Path shared = Path.of(arguments.isEmpty() ? "../shared" : arguments.get(0));
        List<HospitalTicket> answerable =
                HospitalTicket.read(shared.resolve("eval/dev-hospital-tickets.jsonl")).stream()
                        .filter(HospitalTicket::answerable)
                        .toList();
        List<HospitalTicket> taught = new ArrayList<>();
        List<HospitalTicket> scored = new ArrayList<>();
        for (int i = 0; i < answerable.size(); i++) {
            (i % 2 == 0 ? taught : scored).add(answerable.get(i));
        }
        Path work = Files.createTempDirectory("fixbank-replay");
        ServerConfig defaults = ServerConfig.defaults();
        ServerConfig config = defaults.withIndex(new IndexSettings(articles, work.resolve("index"), Duration.ofDays(1)))
                .withHttp(HttpSettings.loopbackAnyPort())
                .withAccess(AccessSettings.inline(STAFF_TOKEN + ":staff:Replay"))
                .withRateLimits(defaults.rateLimits().off())
                .withSearch(defaults.search().withSuggestMinConfidence(0));
        try (FixbankServer server = FixbankServer.start(config)) {
            LearningReplay replay = new LearningReplay(server.port());
            replay.awaitReady();
            Map<String, RankMetrics> before = replay.score(scored);
            Map<String, RankMetrics> taughtBefore = replay.score(taught);
            int votes = replay.teach(taught);
            Map<String, RankMetrics> after = replay.score(scored);
            Map<String, RankMetrics> taughtAfter = replay.score(taught);
            System.out.printf(
                    Locale.ROOT,
                    "Learning replay: %d tickets taught (%d helpful votes through POST /api/feedback), %d scored as"
                            + " staff, 10 suggestions:%n",
                    taught.size(),
                    votes,
                    scored.size());
            System.out.println("track  when  " + RankMetrics.HEADER);
            print(before, after);
            System.out.println("The taught tickets themselves, sent again (an upper bound, not a measure):");
            print(taughtBefore, taughtAfter);
        } finally {
            EvaluateRelevance.deleteTree(work);
        }
    }

    private static void print(Map<String, RankMetrics> before, Map<String, RankMetrics> after) {
        for (String track : before.keySet()) {
            System.out.printf(
                    Locale.ROOT, "%-6s before%s%n", track, before.get(track).columns());
            System.out.printf(
                    Locale.ROOT, "%-6s after %s%n", track, after.get(track).columns());
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (send(
                                    HttpRequest.newBuilder(URI.create(base + "/api/health/ready"))
                                            .GET(),
                                    false)
                            .statusCode()
                    == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException("the server did not become ready in a minute");
    }

    /** Each ticket suggested for under its own journey, then its first expected article voted helpful. */
    private int teach(List<HospitalTicket> tickets) throws IOException, InterruptedException {
        List<String> journeys = new ArrayList<>();
        for (HospitalTicket ticket : tickets) {
            String journey = id();
            journeys.add(journey);
            post(
                    "/api/suggest",
                    Map.of("title", ticket.title(), "description", ticket.description(), "journey", journey),
                    false);
        }
        // The recorder writes journeys in the background, a tenth of a second at a time.
        Thread.sleep(1_000);
        int votes = 0;
        for (int i = 0; i < tickets.size(); i++) {
            HospitalTicket ticket = tickets.get(i);
            boolean staff = ticket.audience() == HospitalTicket.Audience.STAFF;
            HttpResponse<String> answer = post(
                    "/api/feedback",
                    Map.of(
                            "articleId", ticket.expected().get(0),
                            "helpful", true,
                            "journey", journeys.get(i),
                            "session", id()),
                    staff);
            if (answer.statusCode() / 100 != 2) {
                throw new IOException("feedback answered " + answer.statusCode() + ": " + answer.body());
            }
            votes++;
        }
        return votes;
    }

    private Map<String, RankMetrics> score(List<HospitalTicket> tickets) throws IOException, InterruptedException {
        Map<String, RankMetrics> scores = new LinkedHashMap<>();
        for (HospitalTrack track : HospitalTrack.values()) {
            List<Integer> ranks = new ArrayList<>();
            for (HospitalTicket ticket : tickets) {
                String description = track == HospitalTrack.TD ? ticket.description() : "";
                HttpResponse<String> answer = post(
                        "/api/suggest", Map.of("title", ticket.title(), "description", description, "limit", 10), true);
                JsonNode suggestions = JSON.readTree(answer.body()).path("suggestions");
                int rank = 0;
                for (int i = 0; i < suggestions.size() && rank == 0; i++) {
                    if (ticket.expected().contains(suggestions.get(i).path("id").asText())) {
                        rank = i + 1;
                    }
                }
                ranks.add(rank);
            }
            scores.put(track.name(), RankMetrics.of(ranks));
        }
        return scores;
    }

    private HttpResponse<String> post(String path, Map<String, Object> body, boolean staff)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return send(request, staff);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean staff)
            throws IOException, InterruptedException {
        if (staff) {
            request.header("Authorization", "Bearer " + STAFF_TOKEN);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String id() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
