package fixbank.server.why;

import java.util.Locale;

/**
 * A word a ticket query looks for: the analysed {@code term}, what the person typed for it ({@code typed}),
 * how it came from that ({@link Source}), its weight in the query and how telling it is (weight times the
 * word's rarity in the knowledge bank).
 */
public record QueryWord(String term, String typed, Source source, float weight, float informativeness, int docFreq) {

    /** How a query word came from the ticket's text. */
    public enum Source {
        /** As typed, give or take its ending. */
        TYPED,
        /** A synonym of a typed word, from the synonyms file. */
        SYNONYM,
        /** The closest known word to one no article contains, taken for a typo. */
        SPELLING,
        /** A title word that the half-typed last word of the title starts. */
        PREFIX,
        /** A word people used in tickets that an article solved, learned from their feedback. */
        LEARNED;

        /** The name in the API. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
