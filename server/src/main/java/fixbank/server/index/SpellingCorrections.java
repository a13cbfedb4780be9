package fixbank.server.index;

import fixbank.indexer.schema.ArticleFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The known words closest to a word that no article contains, taken for a typo: body words one edit away
 * (two for words of eight letters or more), keeping the first letter, since people rarely mistype that,
 * most similar first and then the most common. Lucene's {@link DirectSpellChecker} finds them in the term
 * dictionary of one audience's view of the index, so only words that audience can see are offered; the
 * answers for one reader are remembered, since the same typos come back while a ticket is typed.
 *
 * <p>Thread-safe: the checkers are configured once and only read afterwards.
 */
final class SpellingCorrections {

    /** Words shorter than this are not corrected: one edit turns them into too many other words. */
    static final int MIN_CORRECTABLE_LENGTH = 4;

    private static final int MAX_CORRECTIONS = 2;
    // The checker keeps the candidates most alike by edits before it ranks them by how common they are; a
    // wide net keeps the commonest of many equally close words, as a hand-written scan of them all did.
    private static final int INSPECTIONS_PER_CORRECTION = 50;
    private static final int LONG_WORD = 8;
    private static final int MAX_REMEMBERED = 20_000;

    private static final DirectSpellChecker ONE_EDIT = checker(1);
    private static final DirectSpellChecker TWO_EDITS = checker(2);

    private final IndexReader reader;
    private final Map<String, List<String>> known = new ConcurrentHashMap<>();

    SpellingCorrections(IndexReader reader) {
        this.reader = reader;
    }

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(MIN_CORRECTABLE_LENGTH);
        checker.setMaxInspections(INSPECTIONS_PER_CORRECTION);
        // Terms are analysed already; lower-casing them again would only cost time.
        checker.setLowerCaseTerms(false);
        return checker;
    }

    /** Up to two corrections of the analysed word {@code term}; none for short words or words with digits. */
    List<String> of(String term) throws IOException {
        if (term.length() < MIN_CORRECTABLE_LENGTH || !term.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        List<String> corrections = known.get(term);
        if (corrections == null) {
            DirectSpellChecker checker = term.length() >= LONG_WORD ? TWO_EDITS : ONE_EDIT;
            SuggestWord[] found = checker.suggestSimilar(
                    new Term(ArticleFields.BODY, term), MAX_CORRECTIONS, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            corrections = Arrays.stream(found).map(word -> word.string).toList();
            if (known.size() >= MAX_REMEMBERED) {
                known.clear();
            }
            known.put(term, corrections);
        }
        return corrections;
    }
}
