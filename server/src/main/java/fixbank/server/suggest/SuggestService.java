package fixbank.server.suggest;

import fixbank.indexer.article.Status;
import fixbank.indexer.schema.ArticleFields;
import fixbank.indexer.semantic.SentenceEmbedder;
import fixbank.server.access.AccessRules;
import fixbank.server.access.Audience;
import fixbank.server.access.Caller;
import fixbank.server.article.ArticleHref;
import fixbank.server.index.LiveIndex;
import fixbank.server.search.FilteredCollectorManager;
import fixbank.server.search.Snippets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Known fixes for a ticket while it is being written. Called on every pause in typing, so it does one small
 * query and reads only the few documents it returns.
 *
 * <p>Thread-safe; holds no per-request state.
 */
public final class SuggestService {

    private static final Set<String> SHOWN_FIELDS =
            Set.of(ArticleFields.ID, ArticleFields.TITLE, ArticleFields.SUMMARY, ArticleFields.VERSION);

    private final LiveIndex index;
    private final Analyzer analyzer;
    private final Snippets snippets;
    private final Optional<MeaningReranker> reranker;

    /** Suggestions ranked by word matches alone. */
    public SuggestService(LiveIndex index, Analyzer analyzer) {
        this(index, analyzer, Optional.empty());
    }

    /**
     * Suggestions whose word matches are re-ranked by meaning when {@code embedder} is given; the index must
     * then be built with meaning vectors ({@code IndexBuilder.withMeaning}), or the order stays as words make it.
     */
    public SuggestService(LiveIndex index, Analyzer analyzer, Optional<SentenceEmbedder> embedder) {
        this.index = index;
        this.analyzer = analyzer;
        this.snippets = new Snippets(analyzer);
        this.reranker = embedder.map(MeaningReranker::new);
    }

    /**
     * Staff see drafts and articles in review among the fixes too, marked by their status: an IT technician
     * working a ticket wants the fix a colleague is still writing up; anonymous callers see published ones.
     */
    private static Query visible(Caller caller) {
        return caller.isStaff() ? AccessRules.filter(caller, EnumSet.allOf(Status.class)) : AccessRules.filter(caller);
    }

    public SuggestResult suggest(SuggestRequest request, Caller caller) throws IOException {
        long start = System.nanoTime();
        return index.withSnapshot(snapshot -> {
            Audience audience = Audience.of(caller);
            IndexSearcher searcher = snapshot.searcher(audience);
            Vocabulary vocabulary = new Vocabulary(snapshot, audience);
            Query ticket = TicketQuery.build(analyzer, vocabulary, request.title(), request.description());
            // Every match is scored, in bulk: on a few thousand articles that beats skipping ahead with
            // block-max scores, whose bookkeeping costs more than the documents it skips.
            int wanted = reranker.isPresent() ? Math.max(request.limit(), MeaningReranker.CANDIDATES) : request.limit();
            TopDocs top = searcher.search(
                    ticket,
                    FilteredCollectorManager.of(
                            searcher,
                            visible(caller),
                            new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE)));
            if (reranker.isPresent()) {
                top = reranker.get().rerank(searcher, top, request.title(), request.description(), request.limit());
            }
            String[] snippetTexts = snippets.of(snapshot, audience, ticket, top);
            StoredFields stored = searcher.storedFields();
            List<Suggestion> suggestions = new ArrayList<>(top.scoreDocs.length);
            for (int i = 0; i < top.scoreDocs.length; i++) {
                Document doc = stored.document(top.scoreDocs[i].doc, SHOWN_FIELDS);
                suggestions.add(new Suggestion(
                        doc.get(ArticleFields.ID),
                        doc.get(ArticleFields.TITLE),
                        doc.get(ArticleFields.SUMMARY),
                        snippetTexts[i],
                        top.scoreDocs[i].score,
                        ArticleHref.of(doc.get(ArticleFields.ID)),
                        doc.get(ArticleFields.VERSION)));
            }
            return new SuggestResult(suggestions, (System.nanoTime() - start) / 1_000_000);
        });
    }
}
