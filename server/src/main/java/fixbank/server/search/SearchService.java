package fixbank.server.search;

import fixbank.indexer.schema.ArticleFields;
import fixbank.server.access.AccessRules;
import fixbank.server.access.Audience;
import fixbank.server.access.Caller;
import fixbank.server.article.ArticleHref;
import fixbank.server.index.LiveIndex;
import fixbank.server.validation.InvalidRequestException;
import fixbank.server.why.QueryWord;
import fixbank.server.why.QueryWords;
import fixbank.server.why.Why;
import fixbank.server.why.WhyWriter;
import fixbank.server.why.WordMatches;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Full-text search for the search page and IT staff: a query, access rules, tag, system and unit filters, one page
 * of hits with snippets, and facet counts over every match.
 *
 * <p>Thread-safe; holds no per-request state.
 */
public final class SearchService {

    /** The stored fields a hit shows; the body and Markdown are large and stay unread. */
    static final Set<String> HIT_FIELDS = Set.of(
            ArticleFields.ID,
            ArticleFields.TITLE,
            ArticleFields.SUMMARY,
            ArticleFields.TAGS,
            ArticleFields.SYSTEMS,
            ArticleFields.UNITS,
            ArticleFields.UPDATED,
            ArticleFields.VISIBILITY,
            ArticleFields.STATUS);

    private final LiveIndex index;
    private final QueryBudget budget;
    private final UserQuery userQuery;
    private final Snippets snippets;
    private final SentenceQueries sentences;

    /** Plain words are always read as words; sentences as well. */
    public SearchService(LiveIndex index, Analyzer analyzer) {
        this(index, analyzer, SentenceQueries.none());
    }

    /** Searches whose sentences {@code sentences} reads as suggest reads a draft ticket. */
    public SearchService(LiveIndex index, Analyzer analyzer, SentenceQueries sentences) {
        this(index, analyzer, QueryBudget.DEFAULT, sentences);
    }

    SearchService(LiveIndex index, Analyzer analyzer, QueryBudget budget, SentenceQueries sentences) {
        this.index = index;
        this.budget = budget;
        this.userQuery = new UserQuery(analyzer);
        this.snippets = new Snippets(analyzer);
        this.sentences = sentences;
    }

    public SearchResult search(SearchRequest request, Caller caller) throws IOException {
        long start = System.nanoTime();
        Query filter = filter(request, caller);
        Audience audience = Audience.of(caller);
        return index.withSnapshot(snapshot -> {
            IndexSearcher searcher = snapshot.searcher(audience);
            Optional<SentenceQueries.WordedQuery> sentence =
                    request.query().isEmpty() || userQuery.hasSyntax(request.query())
                            ? Optional.empty()
                            : sentences.of(snapshot, audience, request.query());
            UserQuery.Parsed parsed = sentence.map(worded -> new UserQuery.Parsed(worded.query(), Optional.empty()))
                    .orElseGet(() -> request.query().isEmpty()
                            ? new UserQuery.Parsed(new MatchAllDocsQuery(), Optional.empty())
                            : userQuery.parse(request.query()));
            int window = request.page() * request.size();
            Object[] results = budget.run(
                    searcher,
                    bounded -> bounded.search(
                            parsed.query(),
                            FilteredCollectorManager.of(
                                    bounded,
                                    filter,
                                    new MultiCollectorManager(
                                            new TopScoreDocCollectorManager(window, null, window),
                                            new FacetCounts()))));
            TopDocs top = (TopDocs) results[0];
            FacetCounts.Result facets = (FacetCounts.Result) results[1];
            int from = (request.page() - 1) * request.size();
            if (request.page() > 1 && from >= facets.total()) {
                long lastPage = Math.max(1, (facets.total() + request.size() - 1) / request.size());
                throw new InvalidRequestException(
                        "page", "page " + request.page() + " is past the last page of results (" + lastPage + ")");
            }
            ScoreDoc[] pageDocs =
                    Arrays.copyOfRange(top.scoreDocs, Math.min(from, top.scoreDocs.length), top.scoreDocs.length);
            TopDocs page = new TopDocs(new TotalHits(pageDocs.length, TotalHits.Relation.EQUAL_TO), pageDocs);
            String[] snippetTexts = snippets.of(snapshot, audience, parsed.query(), page);
            List<SearchHit> hits = new ArrayList<>(pageDocs.length);
            StoredFields stored = searcher.storedFields();
            List<QueryWord> words = request.explain()
                    ? sentence.map(SentenceQueries.WordedQuery::words).orElseGet(() -> QueryWords.of(parsed.query()))
                    : List.of();
            WordMatches matches = request.explain() ? new WordMatches(searcher) : null;
            for (int i = 0; i < pageDocs.length; i++) {
                Why why = matches != null
                        ? WhyWriter.of(matches.where(pageDocs[i].doc, words), List.of(), words, null)
                        : null;
                hits.add(hit(stored.document(pageDocs[i].doc, HIT_FIELDS), snippetTexts[i], pageDocs[i].score, why));
            }
            return new SearchResult(
                    facets.total(),
                    (System.nanoTime() - start) / 1_000_000,
                    request.page(),
                    request.size(),
                    hits,
                    new SearchResult.Facets(facets.tags(), facets.systems()),
                    parsed.notice().orElse(null));
        });
    }

    /** The articles the caller may see, in the tags and systems asked for, and for the caller's unit. */
    private static Query filter(SearchRequest request, Caller caller) {
        BooleanQuery.Builder builder =
                new BooleanQuery.Builder().add(AccessRules.filter(caller, request.statuses()), Occur.FILTER);
        for (String tag : request.tags()) {
            builder.add(new TermQuery(new Term(ArticleFields.TAGS, tag.toLowerCase(Locale.ROOT))), Occur.FILTER);
        }
        for (String system : request.systems()) {
            builder.add(new TermQuery(new Term(ArticleFields.SYSTEMS, system)), Occur.FILTER);
        }
        request.unit().ifPresent(unit -> builder.add(unit.appliesOn(), Occur.FILTER));
        return builder.build();
    }

    static SearchHit hit(Document doc, String snippet, float score, Why why) {
        return new SearchHit(
                doc.get(ArticleFields.ID),
                doc.get(ArticleFields.TITLE),
                doc.get(ArticleFields.SUMMARY),
                snippet,
                List.of(doc.getValues(ArticleFields.TAGS)),
                List.of(doc.getValues(ArticleFields.SYSTEMS)),
                List.of(doc.getValues(ArticleFields.UNITS)),
                doc.get(ArticleFields.UPDATED),
                doc.get(ArticleFields.VISIBILITY),
                doc.get(ArticleFields.STATUS),
                score,
                ArticleHref.of(doc.get(ArticleFields.ID)),
                why);
    }
}
