package fixbank.server.suggest;

import fixbank.indexer.article.Status;
import fixbank.indexer.schema.ArticleFields;
import fixbank.indexer.semantic.SentenceEmbedder;
import fixbank.server.access.AccessRules;
import fixbank.server.access.Audience;
import fixbank.server.access.Caller;
import fixbank.server.article.ArticleHref;
import fixbank.server.index.IndexSnapshot;
import fixbank.server.index.LiveIndex;
import fixbank.server.learning.LearnedEvidence;
import fixbank.server.search.Snippets;
import fixbank.server.why.QueryWord;
import fixbank.server.why.QueryWord.Source;
import fixbank.server.why.Why;
import fixbank.server.why.WhyWriter;
import fixbank.server.why.WordMatches;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Known fixes for a ticket while it is being written. Called on every pause in typing, so it does one small
 * query and reads only the few documents it returns.
 *
 * <p>Thread-safe; holds no per-request state.
 */
public final class SuggestService {

    private static final Set<String> SHOWN_FIELDS = Set.of(
            ArticleFields.ID, ArticleFields.TITLE, ArticleFields.SUMMARY, ArticleFields.VERSION, ArticleFields.STATUS);

    private final LiveIndex index;
    private final Analyzer analyzer;
    private final Snippets snippets;
    private final Optional<MeaningReranker> reranker;
    private final float minConfidence;
    private final LearnedEvidence learned;

    /** Suggestions ranked by word matches alone, none withheld for low confidence, nothing learned. */
    public SuggestService(LiveIndex index, Analyzer analyzer) {
        this(index, analyzer, Optional.empty(), 0, LearnedEvidence.none());
    }

    /**
     * Suggestions whose word matches are re-ranked by meaning when {@code embedder} is given; the index must
     * then be built with meaning vectors ({@code IndexBuilder.withMeaning}), or the order stays as words make it.
     * Suggestions whose {@link Confidence} is under {@code minConfidence} are withheld (0 withholds none). Words
     * {@code learned} from earlier tickets lift the articles they were learned for (see {@link LearnedLift}).
     */
    public SuggestService(
            LiveIndex index,
            Analyzer analyzer,
            Optional<SentenceEmbedder> embedder,
            float minConfidence,
            LearnedEvidence learned) {
        this.index = index;
        this.analyzer = analyzer;
        this.snippets = new Snippets(analyzer);
        this.reranker = embedder.map(MeaningReranker::new);
        this.minConfidence = minConfidence;
        this.learned = learned;
    }

    /**
     * Staff see drafts and articles in review among the fixes too, marked by their status: an IT technician
     * working a ticket wants the fix a colleague is still writing up; anonymous callers see published ones.
     */
    private static Query visible(Caller caller) {
        return caller.isStaff() ? AccessRules.filter(caller, EnumSet.allOf(Status.class)) : AccessRules.filter(caller);
    }

    public SuggestResult suggest(SuggestRequest request, Caller caller) throws IOException {
        return index.withSnapshot(snapshot -> suggest(snapshot, request, caller));
    }

    /** As {@link #suggest(SuggestRequest, Caller)}, on {@code snapshot}: one not yet served, to warm it. */
    public SuggestResult suggest(IndexSnapshot snapshot, SuggestRequest request, Caller caller) throws IOException {
        long start = System.nanoTime();
        Audience audience = Audience.of(caller);
        IndexSearcher searcher = snapshot.searcher(audience);
        Vocabulary vocabulary = new Vocabulary(snapshot, audience);
        TicketPlan plan = TicketQuery.build(analyzer, vocabulary, request.title(), request.description());
        Query ticket = plan.query();
        Map<String, Map<String, Float>> learnedWords =
                learned.learnedFor(plan.typed().keySet());
        // One more than shown, so the last one shown has a next one to lead (see Confidence).
        int wanted = Math.max(request.limit() + 1, reranker.isPresent() ? MeaningReranker.CANDIDATES : 0);
        TopDocs byWords = TwoPassRanking.top(
                searcher,
                preferences(plan.candidates(), request, learnedWords, vocabulary),
                plan.candidatePostings(),
                preferences(ticket, request, learnedWords, vocabulary),
                visible(caller),
                wanted);
        Map<Integer, Float> confidence = Confidence.of(byWords.scoreDocs, plan.words(), plan.unknown());
        TopDocs top = reranker.isPresent()
                ? reranker.get().rerank(searcher, byWords, request.title(), request.description(), request.limit())
                : new TopDocs(
                        byWords.totalHits,
                        Arrays.copyOf(byWords.scoreDocs, Math.min(request.limit(), byWords.scoreDocs.length)));
        ScoreDoc[] shown = Arrays.stream(top.scoreDocs)
                .filter(hit -> confidence.get(hit.doc) >= minConfidence)
                .toArray(ScoreDoc[]::new);
        int withheld = top.scoreDocs.length - shown.length;
        top = new TopDocs(top.totalHits, shown);
        String[] snippetTexts = snippets.of(snapshot, audience, ticket, top);
        StoredFields stored = searcher.storedFields();
        WordMatches matches = new WordMatches(searcher);
        List<Suggestion> suggestions = new ArrayList<>(shown.length);
        for (int i = 0; i < shown.length; i++) {
            Document doc = stored.document(shown[i].doc, SHOWN_FIELDS);
            String id = doc.get(ArticleFields.ID);
            Why why = request.explain()
                    ? WhyWriter.of(
                            matches.where(shown[i].doc, plan.words()),
                            learnedWords.getOrDefault(id, Map.of()).keySet().stream()
                                    .map(word -> new QueryWord(
                                            word, plan.typed().getOrDefault(word, word), Source.LEARNED, 0, 0, 0))
                                    .toList(),
                            plan.words(),
                            reranker.isPresent() ? new Why.Meaning(wordRank(byWords, shown[i].doc), i + 1) : null)
                    : null;
            suggestions.add(new Suggestion(
                    id,
                    doc.get(ArticleFields.TITLE),
                    doc.get(ArticleFields.SUMMARY),
                    snippetTexts[i],
                    shown[i].score,
                    ArticleHref.of(id),
                    doc.get(ArticleFields.VERSION),
                    doc.get(ArticleFields.STATUS),
                    confidence.get(shown[i].doc),
                    why));
        }
        return SuggestResult.of(request, suggestions, (System.nanoTime() - start) / 1_000_000, minConfidence, withheld);
    }

    /** {@code query} with the lift of what was learned and the preference for the caller's unit. */
    private static Query preferences(
            Query query, SuggestRequest request, Map<String, Map<String, Float>> learnedWords, Vocabulary vocabulary)
            throws IOException {
        Query lifted = LearnedLift.lifted(query, learnedWords, vocabulary);
        return request.unit()
                .map(unit -> UnitPreference.preferring(lifted, unit))
                .orElse(lifted);
    }

    /** The 1-based place of {@code doc} in the ranking by words. */
    private static int wordRank(TopDocs byWords, int doc) {
        for (int i = 0; i < byWords.scoreDocs.length; i++) {
            if (byWords.scoreDocs[i].doc == doc) {
                return i + 1;
            }
        }
        return byWords.scoreDocs.length + 1;
    }
}
