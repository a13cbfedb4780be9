package fixbank.server.suggest;

import fixbank.indexer.schema.ArticleFields;
import fixbank.server.access.Audience;
import fixbank.server.index.IndexSnapshot;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;

/**
 * What the knowledge bank's words are, as the caller's audience sees them: how many of its articles hold a
 * word, how rare that makes it, the words closest to a misspelled one, and the title words that start with a
 * half-typed one. Nothing here counts articles the audience may not see. Everything is looked up in the
 * reader's {@link IndexSnapshot}, which remembers it for the next request.
 */
final class Vocabulary {

    /** A corrected word counts for less than one typed right, so exact matches win. */
    static final float CORRECTION_DISCOUNT = 0.6f;

    private final IndexSnapshot snapshot;
    private final Audience audience;
    private final int docs;

    Vocabulary(IndexSnapshot snapshot, Audience audience) {
        this.snapshot = snapshot;
        this.audience = audience;
        this.docs = Math.max(1, snapshot.reader(audience).numDocs());
    }

    /** Articles holding the (analysed) word in their body or title. */
    int docFreq(String term) throws IOException {
        return Math.max(
                snapshot.termStates(audience, new Term(ArticleFields.BODY, term))
                        .docFreq(),
                snapshot.termStates(audience, new Term(ArticleFields.TITLE, term))
                        .docFreq());
    }

    /** The word in one field, as a query that does not look it up in the index again. */
    TermQuery termQuery(String field, String term) throws IOException {
        return snapshot.termQuery(audience, new Term(field, term));
    }

    /** BM25's inverse document frequency. */
    float idf(int docFreq) {
        return (float) Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
    }

    /** The known words closest to {@code term}, taken for a typo: most similar first, then most common. */
    List<String> corrections(String term) throws IOException {
        return snapshot.corrections(audience, term);
    }

    /** Title words starting with {@code prefix}, those in the most titles first. */
    List<String> titleWordsStartingWith(String prefix, int max) {
        return snapshot.titleWordsStartingWith(audience, prefix, max);
    }
}
