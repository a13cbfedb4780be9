package fixbank.server.suggest;

import fixbank.indexer.schema.ArticleFields;
import fixbank.server.search.AnalyzedTerms;
import fixbank.server.search.FieldWeights;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a draft ticket, often long and noisy (greetings, pasted errors, stack traces), into a small query of
 * its most telling words, in the spirit of Lucene's MoreLikeThis: every word is weighed by how rare it is in
 * the knowledge bank, words in the title count double, and only the best few are kept. Greetings and sign-offs
 * are dropped, and words no article contains cost nothing.
 */
final class TicketQuery {

    /** More words than this add time, not precision: on the shared corpus 24 cost three times 12 for no gain. */
    static final int MAX_TERMS = 12;

    private static final float TITLE_WEIGHT = 2.0f;

    /** Stemmed forms of ticket boilerplate that says nothing about the problem. */
    private static final Set<String> BOILERPLATE = Set.of(
            "hi", "hello", "hei", "dear", "thank", "thanks", "regard", "pleas", "kind", "best", "cheer", "team",
            "helpdesk", "urgent", "asap", "morn", "afternoon", "good", "sorri", "hope", "sincer", "appreci");

    private TicketQuery() {}

    static Query build(Analyzer analyzer, IndexReader reader, String title, String description) throws IOException {
        Map<String, Float> weights = new LinkedHashMap<>();
        addTerms(weights, AnalyzedTerms.of(analyzer, ArticleFields.BODY, title), TITLE_WEIGHT);
        addTerms(weights, AnalyzedTerms.of(analyzer, ArticleFields.BODY, description), 1.0f);

        int docs = Math.max(1, reader.numDocs());
        List<Map.Entry<String, Float>> scored = new ArrayList<>();
        for (Map.Entry<String, Float> entry : weights.entrySet()) {
            int df = Math.max(reader.docFreq(new Term(ArticleFields.BODY, entry.getKey())),
                    reader.docFreq(new Term(ArticleFields.TITLE, entry.getKey())));
            if (df == 0) {
                continue;
            }
            float idf = (float) Math.log(1 + (docs - df + 0.5) / (df + 0.5));
            scored.add(Map.entry(entry.getKey(), entry.getValue() * idf));
        }
        if (scored.isEmpty()) {
            return new MatchNoDocsQuery("no known words in the ticket");
        }
        scored.sort(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder()));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> entry : scored.subList(0, Math.min(MAX_TERMS, scored.size()))) {
            String term = entry.getKey();
            float weight = weights.get(term);
            query.add(new BoostQuery(anyField(term), weight), Occur.SHOULD);
        }
        return query.build();
    }

    private static void addTerms(Map<String, Float> weights, List<String> terms, float weight) {
        for (String term : terms) {
            if (!BOILERPLATE.contains(term)) {
                weights.merge(term, weight, Math::max);
            }
        }
    }

    private static Query anyField(String term) {
        List<Query> perField = new ArrayList<>();
        FieldWeights.TEXT_FIELDS.forEach((field, boost) ->
                perField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
        return new DisjunctionMaxQuery(perField, 0.1f);
    }
}
