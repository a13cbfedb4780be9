package fixbank.server.search;

import fixbank.indexer.schema.ArticleFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query for words typed as a person types them, with no syntax: each word may match in any text field
 * (weighted by {@link FieldWeights}), and most of the words must match, so a long question still finds the
 * article that answers it while two words narrow as people expect.
 */
public final class PlainWordsQuery {

    /** Words beyond this many are ignored; no article needs more to be found. */
    public static final int MAX_TERMS = 32;

    private PlainWordsQuery() {}

    public static Query build(Analyzer analyzer, String text) {
        List<String> terms = AnalyzedTerms.of(analyzer, ArticleFields.BODY, text);
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery("no searchable words");
        }
        List<String> used = terms.subList(0, Math.min(terms.size(), MAX_TERMS));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : used) {
            query.add(anyField(term, FieldWeights.TEXT_FIELDS), Occur.SHOULD);
        }
        query.setMinimumNumberShouldMatch(requiredMatches(used.size()));
        return query.build();
    }

    /** Up to three words must all match; beyond that, three in four, rounded down. */
    static int requiredMatches(int words) {
        return words <= 3 ? words : (int) Math.floor(words * 0.75);
    }

    /** The best-matching field decides, with a little credit for matches in the others. */
    static Query anyField(String term, Map<String, Float> weights) {
        List<Query> perField = new ArrayList<>(weights.size());
        weights.forEach((field, weight) -> perField.add(new BoostQuery(new TermQuery(new Term(field, term)), weight)));
        return new DisjunctionMaxQuery(perField, 0.1f);
    }
}
