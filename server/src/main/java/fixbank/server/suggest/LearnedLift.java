package fixbank.server.suggest;

import fixbank.indexer.schema.ArticleFields;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lifts the articles that earlier tickets in the same words were solved by. Each learned word the ticket
 * uses adds its strength times its rarity in the bank (as rare as a word no article holds, if none does),
 * times {@link #WEIGHT}, at most {@link #MAX_LIFT} in all, so evidence reorders close matches and cannot
 * outweigh a clear one. The lift only adds to articles the ticket's own words match (the ticket query is
 * required), so no amount of teaching makes an article come up for a ticket that shares no word with it; and
 * the caller's access filter still applies, so nothing becomes visible to anyone who could not see it.
 */
final class LearnedLift {

    static final float WEIGHT = 1.5f;
    static final float MAX_LIFT = 12f;
    /** Articles lifted per ticket, the strongest first: a common word learned for many adds little to each. */
    static final int MAX_ARTICLES = 64;

    private LearnedLift() {}

    static Query lifted(Query ticket, Map<String, Map<String, Float>> learned, Vocabulary vocabulary)
            throws IOException {
        if (learned.isEmpty()) {
            return ticket;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(ticket, Occur.MUST);
        Map<String, Float> lifts = new HashMap<>();
        for (Map.Entry<String, Map<String, Float>> article : learned.entrySet()) {
            float lift = 0;
            for (Map.Entry<String, Float> word : article.getValue().entrySet()) {
                lift += word.getValue() * vocabulary.idf(vocabulary.docFreq(word.getKey()));
            }
            lifts.put(article.getKey(), Math.min(MAX_LIFT, WEIGHT * lift));
        }
        lifts.entrySet().stream()
                .sorted(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder()))
                .limit(MAX_ARTICLES)
                .forEach(lift -> query.add(
                        new BoostQuery(
                                new ConstantScoreQuery(new TermQuery(new Term(ArticleFields.ID, lift.getKey()))),
                                lift.getValue()),
                        Occur.SHOULD));
        return query.build();
    }
}
