package fixbank.server.article;

import fixbank.indexer.schema.ArticleDocuments;
import fixbank.indexer.schema.ArticleFields;
import fixbank.server.access.AccessRules;
import fixbank.server.access.Caller;
import fixbank.server.index.LiveIndex;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Looks up one article by id for a reader. An article the caller may not see is reported exactly like one
 * that does not exist, so ids of internal articles and drafts do not leak.
 *
 * <p>Thread-safe.
 */
public final class ArticleService {

    public static final int MAX_ID_LENGTH = 300;

    private static final Set<String> FACT_FIELDS = Set.of(
            ArticleFields.ID,
            ArticleFields.TITLE,
            ArticleFields.OWNER,
            ArticleFields.VERSION,
            ArticleFields.REVIEW_BY,
            ArticleFields.STATUS,
            ArticleFields.VISIBILITY);

    private final LiveIndex index;
    private final MarkdownRenderer renderer;

    public ArticleService(LiveIndex index, MarkdownRenderer renderer) {
        this.index = index;
        this.renderer = renderer;
    }

    public Optional<ArticleView> find(String id, Caller caller) throws IOException {
        return visibleDocument(id, caller, null)
                .map(doc -> new ArticleView(
                        id,
                        doc.get(ArticleFields.TITLE),
                        doc.get(ArticleFields.SUMMARY),
                        List.of(doc.getValues(ArticleFields.TAGS)),
                        List.of(doc.getValues(ArticleFields.SYSTEMS)),
                        List.of(doc.getValues(ArticleFields.UNITS)),
                        doc.get(ArticleFields.VISIBILITY),
                        doc.get(ArticleFields.STATUS),
                        doc.get(ArticleFields.OWNER),
                        doc.get(ArticleFields.UPDATED),
                        doc.get(ArticleFields.REVIEW_BY),
                        renderer.render(id, doc.get(ArticleFields.MARKDOWN)),
                        ArticleHref.of(id),
                        doc.get(ArticleFields.VERSION)));
    }

    /** The facts of one article the caller may see; empty, as for an unknown id, when they may not. */
    public Optional<ArticleFacts> facts(String id, Caller caller) throws IOException {
        return visibleDocument(id, caller, FACT_FIELDS).map(ArticleService::facts);
    }

    /**
     * The stored fields ({@code fields}, or all when null) of the article with {@code id}, if the caller may
     * see it; an article they may not see is reported exactly like one that does not exist.
     */
    private Optional<Document> visibleDocument(String id, Caller caller, Set<String> fields) throws IOException {
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            return Optional.empty();
        }
        return index.withSnapshot(snapshot -> {
            IndexSearcher searcher = snapshot.searcher();
            TopDocs hits = searcher.search(new TermQuery(ArticleDocuments.idTerm(id)), 1);
            if (hits.scoreDocs.length == 0) {
                return Optional.empty();
            }
            StoredFields stored = searcher.storedFields();
            int doc = hits.scoreDocs[0].doc;
            Document document = fields == null ? stored.document(doc) : stored.document(doc, fields);
            return AccessRules.maySee(caller, document) ? Optional.of(document) : Optional.empty();
        });
    }

    /** The facts of every article in the index, whatever its status or visibility: for staff only. */
    public List<ArticleFacts> allFacts() throws IOException {
        return index.withSnapshot(snapshot -> {
            IndexSearcher searcher = snapshot.searcher();
            List<ArticleFacts> all = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(
                            new MatchAllDocsQuery(),
                            Math.max(1, searcher.getIndexReader().numDocs()))
                    .scoreDocs) {
                all.add(facts(stored.document(hit.doc, FACT_FIELDS)));
            }
            return all;
        });
    }

    private static ArticleFacts facts(Document doc) {
        String id = doc.get(ArticleFields.ID);
        String reviewBy = doc.get(ArticleFields.REVIEW_BY);
        return new ArticleFacts(
                id,
                doc.get(ArticleFields.TITLE),
                doc.get(ArticleFields.OWNER),
                doc.get(ArticleFields.VERSION),
                reviewBy == null ? Optional.empty() : Optional.of(LocalDate.parse(reviewBy)),
                doc.get(ArticleFields.STATUS),
                ArticleHref.of(id));
    }

    /** How many articles the caller can see by default (published ones), for the health check. */
    public int count(Caller caller) throws IOException {
        return index.withSnapshot(snapshot -> {
            IndexSearcher searcher = snapshot.searcher();
            return searcher.count(AccessRules.filter(caller));
        });
    }
}
