package fixbank.server.search;

import fixbank.server.validation.InvalidRequestException;
import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Bounds what one search may cost, so that no request can stall the server: a search runs against a reader
 * that gives up after {@link #TIME_ALLOWED_MS} (this covers the expansion of wildcards, fuzzy terms and
 * regular expressions as well as matching), expansions beyond {@link IndexSearcher#getMaxClauseCount()}
 * terms are refused, and so are regular expressions too complex to compile. Each limit becomes a 400 that
 * says how to narrow the query.
 */
final class QueryBudget {

    /** Ordinary searches take a few milliseconds; this is for queries that would take seconds. */
    static final long TIME_ALLOWED_MS = 1000;

    interface Search<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private QueryBudget() {}

    static <T> T run(IndexSearcher shared, Search<T> search) throws IOException {
        DirectoryReader reader = (DirectoryReader) shared.getIndexReader();
        IndexSearcher bounded =
                new IndexSearcher(ExitableDirectoryReader.wrap(reader, new QueryTimeoutImpl(TIME_ALLOWED_MS)));
        bounded.setSimilarity(shared.getSimilarity());
        try {
            return search.run(bounded);
        } catch (ExitingReaderException e) {
            throw new InvalidRequestException("q", "the query took too long; use fewer wildcards or fuzzy terms");
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException(
                    "q", "the query expands to too many terms; use fewer wildcards or longer prefixes");
        } catch (TooComplexToDeterminizeException e) {
            throw new InvalidRequestException("q", "the regular expression is too complex");
        }
    }
}
