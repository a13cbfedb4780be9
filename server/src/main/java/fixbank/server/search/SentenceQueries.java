package fixbank.server.search;

import fixbank.server.access.Audience;
import fixbank.server.index.IndexSnapshot;
import fixbank.server.why.QueryWord;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.Query;

/**
 * Reads a search typed as a sentence ("the wristband printer on our ward keeps printing blank labels") the
 * way suggest reads a draft ticket, so the search page finds the fix the report page would suggest. Plain
 * words that are not a sentence stay a {@link PlainWordsQuery}.
 */
public interface SentenceQueries {

    /** A query and the words it looks for. */
    record WordedQuery(Query query, List<QueryWord> words) {

        public WordedQuery {
            words = List.copyOf(words);
        }
    }

    /** The query for {@code text} as {@code audience} sees the bank, or empty when the text is no sentence. */
    Optional<WordedQuery> of(IndexSnapshot snapshot, Audience audience, String text) throws IOException;

    /** For a search that reads every text as plain words. */
    static SentenceQueries none() {
        return (snapshot, audience, text) -> Optional.empty();
    }
}
