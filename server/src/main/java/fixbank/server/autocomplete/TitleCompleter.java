package fixbank.server.autocomplete;

import fixbank.indexer.schema.ArticleFields;
import fixbank.server.access.AccessRules;
import fixbank.server.access.Audience;
import fixbank.server.access.Caller;
import fixbank.server.article.ArticleHref;
import fixbank.server.index.LiveIndex;
import fixbank.server.search.AnalyzedTerms;
import fixbank.server.validation.InvalidRequestException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Title completions for a search box: every whole word typed must appear in the title, and the word being
 * typed may be the start of any title word, so "label prin" offers "Specimen labels print on the wrong
 * printer". Runs on the live index, so completions follow edits and access rules like every other answer.
 *
 * <p>Thread-safe.
 */
public final class TitleCompleter {

    public static final int MAX_QUERY_LENGTH = 100;
    public static final int LIMIT = 8;

    /** A title to offer, with the article it opens and that article's page. */
    public record Completion(String id, String title, String href) {}

    private static final Set<String> SHOWN_FIELDS = Set.of(ArticleFields.ID, ArticleFields.TITLE);

    private final LiveIndex index;
    private final Analyzer analyzer;

    public TitleCompleter(LiveIndex index, Analyzer analyzer) {
        this.index = index;
        this.analyzer = analyzer;
    }

    public List<Completion> complete(String text, Caller caller) throws IOException {
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("q", "q is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        List<String> words = AnalyzedTerms.of(analyzer, ArticleFields.TITLE_WORDS, text);
        if (words.isEmpty()) {
            return List.of();
        }
        boolean lastWordFinished = Character.isWhitespace(text.charAt(text.length() - 1));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Term term = new Term(ArticleFields.TITLE_WORDS, words.get(i));
            boolean typing = i == words.size() - 1 && !lastWordFinished;
            query.add(typing ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }
        query.add(AccessRules.filter(caller), Occur.FILTER);

        return index.withSnapshot(snapshot -> {
            IndexSearcher searcher = snapshot.searcher(Audience.of(caller));
            TopDocs top = searcher.search(query.build(), LIMIT);
            StoredFields stored = searcher.storedFields();
            List<Completion> completions = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                var doc = stored.document(hit.doc, SHOWN_FIELDS);
                completions.add(new Completion(
                        doc.get(ArticleFields.ID),
                        doc.get(ArticleFields.TITLE),
                        ArticleHref.of(doc.get(ArticleFields.ID))));
            }
            return completions;
        });
    }
}
