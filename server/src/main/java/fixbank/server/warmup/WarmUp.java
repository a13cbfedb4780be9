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
 * Fixbank's, Lucene's and the HTTP side's code interpreted until the JIT compiler has seen it often enough,
 * and the index's pages are not yet in memory, so the first thousand suggestions took several times as long
 * as later ones (#15). The warm-up asks the bank about its own articles, the way tickets do, in every form a
 * ticket takes ({@link WarmUpTicket#fromArticle}): first straight to the services, as an anonymous caller and
 * as staff, with a search for every article; then the same kinds of tickets about other articles through the
 * server's own HTTP side ({@link TicketSender}). On the Office corpus the p99 of the first thousand
 * suggestions after a start came to 1.27× that of later ones at the client and 1.20× in the server's own time
 * (medians of 11 starts), against about 3× without a warm-up; what is left is mostly the JIT compiler
 * compiling again for the branches and types of real tickets (the README's Warm-up section).
 */
public final class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    /** Suggestions run straight on the services. */
    static final int SUGGESTIONS = 2_000;

    /**
     * Tickets sent through the HTTP side after those. HotSpot compiles a method with its optimising compiler
     * (C2) after about 5,000 calls, and the code that runs once per suggestion (building the ticket's query,
     * highlighting, reading and writing JSON) is called once per ticket: with 1,500 here, 3,500 suggestions in
     * all, that code was left to the first real requests, and C2 compiled through nearly all of their first
     * thousand, on one of two cores.
     */
    static final int SENT = 3_700;

    /** Articles each half makes its tickets from, spread over the whole index, each half its own. */
    static final int ARTICLES = 250;

    /**
     * However large the bank, the server is ready after this: what the warm-up is for, compiling the code,
     * takes about as many suggestions in a large bank as in a small one, and each costs more there.
     */
    static final Duration LIMIT = Duration.ofSeconds(25);

    /** The part of {@link #LIMIT} the first half may take, so that a large bank's HTTP side is warmed too. */
    static final Duration SERVICES_LIMIT = Duration.ofSeconds(12);

    /** A sentence or two, as a ticket's description often is. */
    private static final int DESCRIPTION_CHARS = 160;

    /** Suggestions run on each reopened snapshot: enough to touch what a snapshot remembers per term. */
    static final int REOPENED_SUGGESTIONS = 200;

    private static final Caller STAFF = Caller.named("warm-up", Role.STAFF.withIncluded());

    private final LiveIndex index;
    private final SuggestService suggest;
    private final SearchService search;

    public WarmUp(LiveIndex index, SuggestService suggest, SearchService search) {
        this.index = index;
        this.suggest = suggest;
        this.search = search;
    }

    /**
     * What a warm-up did: the suggestions run straight on the services, the tickets sent through the HTTP
     * side and, of those, how many were not answered as a ticketing system's would be.
     */
    public record WarmedUp(int suggestions, int sent, int refused) {

        public static final WarmedUp NONE = new WarmedUp(0, 0, 0);
    }

    /**
     * Runs the warm-up, sending its second half through {@code server}. A warm-up that fails is logged and cut
     * short: the server is then slow for its first minute, not down.
     */
    public WarmedUp run(TicketSender server) {
        long start = System.nanoTime();
        try {
            List<List<WarmUpTicket>> first = index.withSnapshot(snapshot -> articleTickets(snapshot.searcher(), 0));
            int suggestions = onServices(first, start + SERVICES_LIMIT.toNanos());
            long middle = System.nanoTime();
            List<List<WarmUpTicket>> second = index.withSnapshot(snapshot -> articleTickets(snapshot.searcher(), 1));
            WarmedUp warmed = throughServer(second, server, suggestions, start + LIMIT.toNanos());
            LOG.info(
                    "warmed up with {} suggestions in {} ms, then {} sent through HTTP ({} not answered) in {} ms",
                    warmed.suggestions(),
                    (middle - start) / 1_000_000,
                    warmed.sent(),
                    warmed.refused(),
                    (System.nanoTime() - middle) / 1_000_000);
            if (warmed.refused() > 0) {
                // Suggest answered the warm-up with errors: real tickets may meet the same.
                LOG.warn(
                        "{} of the warm-up's {} tickets through HTTP were not answered",
                        warmed.refused(),
                        warmed.sent());
            }
            return warmed;
        } catch (IOException | RuntimeException e) {
            LOG.warn("the warm-up stopped early: {}", e.toString());
            return WarmedUp.NONE;
        }
    }

    /** Suggests each ticket as an anonymous caller, the first of each article as staff too, and searches. */
    private int onServices(List<List<WarmUpTicket>> articles, long deadline) throws IOException {
        int suggestions = 0;
        while (!articles.isEmpty() && suggestions < SUGGESTIONS && System.nanoTime() < deadline) {
            for (List<WarmUpTicket> tickets : articles) {
                for (WarmUpTicket ticket : tickets) {
                    suggest.suggest(request(ticket), Caller.ANONYMOUS);
                }
                suggest.suggest(request(tickets.get(0)), STAFF);
                suggestions += tickets.size() + 1;
                search.search(
                        new SearchRequest(
                                tickets.get(0).title(),
                                1,
                                SearchRequest.DEFAULT_SIZE,
                                List.of(),
                                List.of(),
                                Set.of(Status.PUBLISHED)),
                        Caller.ANONYMOUS);
                if (suggestions >= SUGGESTIONS || System.nanoTime() >= deadline) {
                    break;
                }
            }
        }
        return suggestions;
    }

    private static WarmedUp throughServer(
            List<List<WarmUpTicket>> articles, TicketSender server, int suggestions, long deadline) throws IOException {
        int sent = 0;
        int refused = 0;
        while (!articles.isEmpty() && sent < SENT && System.nanoTime() < deadline) {
            for (List<WarmUpTicket> tickets : articles) {
                for (WarmUpTicket ticket : tickets) {
                    sent++;
                    if (!server.send(ticket)) {
                        refused++;
                    }
                }
                if (sent >= SENT || System.nanoTime() >= deadline) {
                    break;
                }
            }
        }
        return new WarmedUp(suggestions, sent, refused);
    }

    /**
     * Warms a reopened snapshot before requests are given it: the code is compiled by then, but the snapshot
     * counts each term's visible articles afresh.
     */
    public void reopened(IndexSnapshot snapshot) throws IOException {
        List<List<WarmUpTicket>> articles = articleTickets(snapshot.searcher(), 0);
        for (int i = 0; i < REOPENED_SUGGESTIONS / 2 && !articles.isEmpty(); i++) {
            SuggestRequest request = request(articles.get(i % articles.size()).get(0));
            suggest.suggest(snapshot, request, Caller.ANONYMOUS);
            suggest.suggest(snapshot, request, STAFF);
        }
    }

    private static SuggestRequest request(WarmUpTicket ticket) {
        return new SuggestRequest(ticket.title(), ticket.description(), SuggestRequest.DEFAULT_LIMIT);
    }

    /**
     * What a ticket about {@code article} might say: its summary or, where it has none (as in banks whose
     * front matter says {@code description} instead), the opening of its text.
     */
    private static String description(Document article) {
        String summary = article.get(ArticleFields.SUMMARY);
        if (summary != null && !summary.isBlank()) {
            return summary.strip();
        }
        String body = article.get(ArticleFields.BODY);
        if (body == null) {
            return "";
        }
        String text = body.strip().replaceAll("\\s+", " ");
        if (text.length() <= DESCRIPTION_CHARS) {
            return text;
        }
        int end = text.lastIndexOf(' ', DESCRIPTION_CHARS);
        return text.substring(0, end > 0 ? end : DESCRIPTION_CHARS);
    }

    /**
     * The tickets of up to {@link #ARTICLES} articles that have a title, evenly spread over the index: with
     * {@code half} 0 from the articles at each step, with 1 from those halfway between.
     */
    private static List<List<WarmUpTicket>> articleTickets(IndexSearcher searcher, int half) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        StoredFields stored = reader.storedFields();
        List<List<WarmUpTicket>> articles = new ArrayList<>();
        int step = Math.max(1, reader.maxDoc() / ARTICLES);
        int first = Math.min(half * step / 2, Math.max(0, reader.maxDoc() - 1));
        for (int doc = first; doc < reader.maxDoc() && articles.size() < ARTICLES; doc += step) {
            Document article =
                    stored.document(doc, Set.of(ArticleFields.TITLE, ArticleFields.SUMMARY, ArticleFields.BODY));
            String title = article.get(ArticleFields.TITLE);
            if (title != null && !title.isBlank()) {
                articles.add(WarmUpTicket.fromArticle(title.strip(), description(article)));
            }
        }
        return articles;
    }
}
