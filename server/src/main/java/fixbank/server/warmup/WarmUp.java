package fixbank.server.warmup;

import fixbank.indexer.article.Status;
import fixbank.indexer.schema.ArticleFields;
import fixbank.server.access.Caller;
import fixbank.server.access.Role;
import fixbank.server.index.IndexSnapshot;
import fixbank.server.index.LiveIndex;
import fixbank.server.search.SearchRequest;
import fixbank.server.search.SearchService;
import fixbank.server.suggest.SuggestRequest;
import fixbank.server.suggest.SuggestService;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms a server before it says it is ready, as Solr's first-searcher queries do: a just-started JVM runs
 * Lucene's and Fixbank's code interpreted until the JIT compiler has seen it often enough, and the index's
 * pages are not yet in memory, so the first thousand suggestions took several times as long as later ones
 * (#15). The warm-up asks the bank about its own articles, the way tickets do: a title with a description
 * (the summary), a title whose last word is still being typed, and a search, as an anonymous caller and as
 * staff, until {@link #SUGGESTIONS} suggestions have run or {@link #LIMIT} has passed.
 */
public final class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    /** Suggestions run in all; on the Office corpus the first thousand after this were as fast as later ones. */
    static final int SUGGESTIONS = 2_000;

    /** Articles the tickets are made from, spread over the whole index. */
    static final int ARTICLES = 250;

    /**
     * However large the bank, the server is ready after this: what the warm-up is for, compiling the code,
     * takes about as many suggestions in a large bank as in a small one, and each costs more there.
     */
    static final Duration LIMIT = Duration.ofSeconds(20);

    /** A search for every few tickets: searches share most of their code with suggestions and cost more. */
    private static final int TICKETS_PER_SEARCH = 4;

    private static final Caller STAFF = Caller.named("warm-up", Role.STAFF.withIncluded());

    private final LiveIndex index;
    private final SuggestService suggest;
    private final SearchService search;

    public WarmUp(LiveIndex index, SuggestService suggest, SearchService search) {
        this.index = index;
        this.suggest = suggest;
        this.search = search;
    }

    /** Suggestions run on each reopened snapshot: enough to touch what a snapshot remembers per term. */
    static final int REOPENED_SUGGESTIONS = 200;

    /** A title and a description made from one article. */
    private record Ticket(String title, String description) {}

    /**
     * Runs the warm-up; returns the suggestions run. A warm-up that fails is logged and cut short: the server
     * is then slow for its first minute, not down.
     */
    public int run() {
        try {
            return warm();
        } catch (IOException | RuntimeException e) {
            LOG.warn("the warm-up stopped early: {}", e.toString());
            return 0;
        }
    }

    private int warm() throws IOException {
        long start = System.nanoTime();
        long deadline = start + LIMIT.toNanos();
        List<Ticket> tickets = index.withSnapshot(snapshot -> tickets(snapshot.searcher()));
        int suggestions = 0;
        int asked = 0;
        while (!tickets.isEmpty() && suggestions < SUGGESTIONS && System.nanoTime() < deadline) {
            for (Ticket ticket : tickets) {
                suggestions += suggest(ticket);
                if (++asked % TICKETS_PER_SEARCH == 0) {
                    search.search(
                            new SearchRequest(
                                    ticket.title(),
                                    1,
                                    SearchRequest.DEFAULT_SIZE,
                                    List.of(),
                                    List.of(),
                                    Set.of(Status.PUBLISHED)),
                            Caller.ANONYMOUS);
                }
                if (suggestions >= SUGGESTIONS || System.nanoTime() >= deadline) {
                    break;
                }
            }
        }
        LOG.info(
                "warmed up with {} suggestions on {} articles in {} ms",
                suggestions,
                tickets.size(),
                (System.nanoTime() - start) / 1_000_000);
        return suggestions;
    }

    /**
     * Warms a reopened snapshot before requests are given it: the code is compiled by then, but the snapshot
     * counts each term's visible articles afresh.
     */
    public void reopened(IndexSnapshot snapshot) throws IOException {
        List<Ticket> tickets = tickets(snapshot.searcher());
        for (int i = 0; i < REOPENED_SUGGESTIONS / 2 && !tickets.isEmpty(); i++) {
            Ticket ticket = tickets.get(i % tickets.size());
            SuggestRequest request =
                    new SuggestRequest(ticket.title(), ticket.description(), SuggestRequest.DEFAULT_LIMIT);
            suggest.suggest(snapshot, request, Caller.ANONYMOUS);
            suggest.suggest(snapshot, request, STAFF);
        }
    }

    /** Suggests for {@code ticket} as a ticketing system, staff and someone still typing would; returns 3. */
    private int suggest(Ticket ticket) throws IOException {
        SuggestRequest whole = new SuggestRequest(ticket.title(), ticket.description(), SuggestRequest.DEFAULT_LIMIT);
        suggest.suggest(whole, Caller.ANONYMOUS);
        suggest.suggest(whole, STAFF);
        String typing = ticket.title().substring(0, Math.max(1, ticket.title().length() - 3));
        suggest.suggest(new SuggestRequest(typing, "", SuggestRequest.DEFAULT_LIMIT), Caller.ANONYMOUS);
        return 3;
    }

    /** Tickets from up to {@link #ARTICLES} articles the anonymous caller can see, evenly spread. */
    private static List<Ticket> tickets(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        StoredFields stored = reader.storedFields();
        List<Ticket> tickets = new ArrayList<>();
        int step = Math.max(1, reader.maxDoc() / ARTICLES);
        for (int doc = 0; doc < reader.maxDoc() && tickets.size() < ARTICLES; doc += step) {
            Document article = stored.document(doc, Set.of(ArticleFields.TITLE, ArticleFields.SUMMARY));
            String title = article.get(ArticleFields.TITLE);
            if (title != null && !title.isBlank()) {
                String summary = article.get(ArticleFields.SUMMARY);
                tickets.add(new Ticket(title.strip(), summary == null ? "" : summary));
            }
        }
        return tickets;
    }
}
