package fixbank.server.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * Where each term sits in each segment of an open index, remembered for as long as that index is open.
 *
 * <p>Why: a ticket's query names a dozen words in six fields, and looking each one up in the term
 * dictionary again for every request was an eighth of suggest's time. Tickets share most of their words, so
 * after a few requests nearly every lookup is a map read. A {@link TermQuery} given its {@link TermStates}
 * skips the lookup; one given states of another reader looks the term up itself, so a stale entry can cost
 * time but never change a result. The memory is bounded: past {@link #MAX_TERMS} terms an index's entries
 * are dropped and gathered again.
 *
 * <p>Thread-safe: states built with statistics are complete when stored and only read afterwards.
 */
public final class TermLookups {

    static final int MAX_TERMS = 20_000;

    private static final Map<IndexReader.CacheKey, Map<Term, TermStates>> BY_READER = new ConcurrentHashMap<>();

    private TermLookups() {}

    /** The term's states in the searcher's index: its document frequency and its place in each segment. */
    public static TermStates of(IndexSearcher searcher, Term term) throws IOException {
        Map<Term, TermStates> states = forReader(searcher.getIndexReader());
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
    public static TermQuery query(IndexSearcher searcher, Term term) throws IOException {
        return new TermQuery(term, of(searcher, term));
    }

    private static Map<Term, TermStates> forReader(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            // A reader that cannot say when it closes gets nothing remembered.
            return new ConcurrentHashMap<>();
        }
        return BY_READER.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(BY_READER::remove);
            return new ConcurrentHashMap<>();
        });
    }
}
