package fixbank.server.search;

import fixbank.server.validation.InvalidRequestException;
import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;

/**
 * Bounds what one search may cost, so that no request can stall the server: a search runs against a reader
 * that gives up after the time allowed (this covers the expansion of wildcards, fuzzy terms and regular
 * expressions as well as matching), and expansions beyond {@link IndexSearcher#getMaxClauseCount()} terms
 * are refused. Each limit becomes a 400 that says how to narrow the query. (Regular expressions too complex
 * to compile are refused when the query is read, by {@link UserQuery}.)
 */
final class QueryBudget {

    /** Ordinary searches take a few milliseconds; this is for queries that would take seconds. */
    static final QueryBudget DEFAULT = new QueryBudget(Duration.ofSeconds(1));

    private final Duration timeAllowed;

    QueryBudget(Duration timeAllowed) {
        this.timeAllowed = timeAllowed;
    }

    interface Search<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    <T> T run(IndexSearcher shared, Search<T> search) throws IOException {
        DirectoryReader reader = (DirectoryReader) shared.getIndexReader();
        IndexSearcher bounded =
                new IndexSearcher(ExitableDirectoryReader.wrap(reader, new QueryTimeoutImpl(timeAllowed.toMillis())));
        bounded.setSimilarity(shared.getSimilarity());
        try {
            return search.run(bounded);
        } catch (ExitingReaderException e) {
            throw new InvalidRequestException("q", "the query took too long; use fewer wildcards or fuzzy terms");
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException(
                    "q", "the query expands to too many terms; use fewer wildcards or longer prefixes");
        }
    }
}
