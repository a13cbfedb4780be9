package fixbank.server.why;

import fixbank.server.why.QueryWord.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/** The words any query looks for, as they are in the index: what a search's hits are explained by. */
public final class QueryWords {

    private QueryWords() {}

    /** Each distinct term of {@code query}, in the order the query holds them, as a typed word. */
    public static List<QueryWord> of(Query query) {
        Set<Term> terms = new LinkedHashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Set<String> texts = new LinkedHashSet<>();
        for (Term term : terms) {
            texts.add(term.text());
        }
        List<QueryWord> words = new ArrayList<>(texts.size());
        for (String text : texts) {
            words.add(new QueryWord(text, text, Source.TYPED, 1, 0, 0));
        }
        return words;
    }
}
