package fixbank.server.suggest;

import fixbank.server.why.QueryWord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * A ticket turned into a query, with the words it looks for (to say why an article was suggested and how
 * much of the ticket it covers), the typed words no article holds or resembles ({@code unknown}, weighed as
 * rare as a word can be), and every telling word typed, known to the bank or not, stemmed, with what was typed
 * for it: the words that may have been learned from earlier tickets. {@code candidates} is the same words
 * over fewer fields, without the phrase rewards: the cheap first pass of {@link TwoPassRanking}, which reads
 * about {@code candidatePostings} postings (the articles holding each of its words, added up).
 */
record TicketPlan(
        Query query,
        Query candidates,
        long candidatePostings,
        List<QueryWord> words,
        List<QueryWord> unknown,
        Map<String, String> typed) {

    TicketPlan {
        words = List.copyOf(words);
        unknown = List.copyOf(unknown);
        typed = Collections.unmodifiableMap(new LinkedHashMap<>(typed));
    }
}
