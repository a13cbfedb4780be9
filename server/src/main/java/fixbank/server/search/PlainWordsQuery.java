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
 * article that answers it while two words narrow as people expect. Synonyms of the words only add to the
 * score of articles that match.
 */
public final class PlainWordsQuery {

    /** Words beyond this many are ignored; no article needs more to be found. */
    public static final int MAX_TERMS = 32;

    private static final float SYNONYM_WEIGHT = 0.5f;

    private PlainWordsQuery() {}

    public static Query build(Analyzer analyzer, String text) {
        AnalyzedTerms terms = AnalyzedTerms.split(analyzer, ArticleFields.BODY, text);
        if (terms.words().isEmpty()) {
            return new MatchNoDocsQuery("no searchable words");
        }
        List<String> used = terms.words().subList(0, Math.min(terms.words().size(), MAX_TERMS));
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : used) {
            words.add(anyField(term, FieldWeights.TEXT_FIELDS), Occur.SHOULD);
        }
        words.setMinimumNumberShouldMatch(requiredMatches(used.size()));
        if (terms.synonyms().isEmpty()) {
            return words.build();
        }
        // Synonyms may lift an article that also uses other words for the problem; they never make one match.
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
        for (String synonym :
                terms.synonyms().subList(0, Math.min(terms.synonyms().size(), MAX_TERMS))) {
            query.add(new BoostQuery(anyField(synonym, FieldWeights.TEXT_FIELDS), SYNONYM_WEIGHT), Occur.SHOULD);
        }
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
