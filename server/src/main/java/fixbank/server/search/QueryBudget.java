package fixbank.server.search;

import fixbank.server.validation.InvalidRequestException;
import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Turns the limits Lucene puts on expensive queries into a caller's error: a wildcard, fuzzy or regular
 * expression that expands to too many terms ({@link IndexSearcher#getMaxClauseCount()}), or a regular
 * expression too complex to run. One request can therefore never stall the server.
 */
final class QueryBudget {

    interface Search<T> {
        T run() throws IOException;
    }

    private QueryBudget() {}

    static <T> T run(Search<T> search) throws IOException {
        try {
            return search.run();
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException("q", "the query expands to too many terms; use fewer wildcards or longer prefixes");
        } catch (TooComplexToDeterminizeException e) {
            throw new InvalidRequestException("q", "the regular expression is too complex");
        }
    }
}
