package fixbank.server.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * Where each term sits in each segment of one open index, remembered for as long as that index is open.
 *
 * <p>Why: a ticket's query names a dozen words in six fields, and looking each one up in the term
 * dictionary again for every request was an eighth of suggest's time. Tickets share most of their words, so
 * after a few requests nearly every lookup is a map read. The memory is bounded: past {@link #MAX_TERMS}
 * terms the entries are dropped and gathered again. One instance belongs to one reader ({@link
 * IndexSnapshot}) and goes with it, so an entry can never describe another reader.
 *
 * <p>Thread-safe: states built with statistics are complete when stored and only read afterwards.
 */
final class TermLookups {

    static final int MAX_TERMS = 20_000;

    private final IndexSearcher searcher;
    private final Map<Term, TermStates> states = new ConcurrentHashMap<>();

    TermLookups(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The term's states: its document frequency and its place in each segment. */
    TermStates of(Term term) throws IOException {
        TermStates known = states.get(term);
        if (known != null) {
            return known;
        }
        TermStates built = TermStates.build(searcher, term, true);
        if (states.size() >= MAX_TERMS) {
            states.clear();
        }
        states.put(term, built);
        return built;
    }

    /** A query for the term that does not look it up again. */
    TermQuery query(Term term) throws IOException {
        return new TermQuery(term, of(term));
    }
}
