package fixbank.server.why;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Why an article was suggested, for a person and for whoever tunes the engine: a sentence, the ticket's words
 * it matched and where, the words it lacks, and whether meaning (the semantic re-ranker) moved it.
 *
 * @param meaning absent when the semantic re-ranker is off
 */
public record Why(
        String summary,
        List<Word> words,
        List<String> unmatched,
        @JsonInclude(JsonInclude.Include.NON_NULL) Meaning meaning) {

    public Why {
        words = List.copyOf(words);
        unmatched = List.copyOf(unmatched);
    }

    /**
     * A word the article matched: as the index knows it, what was typed for it, how one led to the other
     * ({@code typed}, {@code synonym}, {@code spelling}, {@code prefix} or {@code learned}) and where it matched.
     */
    public record Word(String word, String from, String how, List<String> fields) {

        public Word {
            fields = List.copyOf(fields);
        }
    }

    /** The article's place by words alone and after meaning re-ranked the list, both counted from 1. */
    public record Meaning(int wordRank, int rank) {}
}
