package fixbank.server.suggest;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A ticket turned into a query, with the words it looks for (to say why an article was suggested and how
 * much of the ticket it covers) and the ticket's words no article contains.
 */
record TicketPlan(Query query, List<QueryWord> words, List<String> unknown) {

    TicketPlan {
        words = List.copyOf(words);
        unknown = List.copyOf(unknown);
    }
}
