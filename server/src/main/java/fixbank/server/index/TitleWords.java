package fixbank.server.index;

import fixbank.indexer.schema.ArticleFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The whole words of the titles in one audience's view of the index, in order, each with the number of
 * titles it is in: what a half-typed word of a ticket's title is completed from. Read once when a reader opens, so a
 * keystroke costs a binary search instead of a walk of the term dictionary and a sort.
 *
 * <p>Immutable and thread-safe.
 */
final class TitleWords {

    private final String[] words;
    private final int[] titles;

    private TitleWords(String[] words, int[] titles) {
        this.words = words;
        this.titles = titles;
    }

    /** The title words of the articles in {@code reader}, with the number of titles each is in. */
    static TitleWords read(IndexReader reader) throws IOException {
        List<String> words = new ArrayList<>();
        List<Integer> titles = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, ArticleFields.TITLE_WORDS);
        if (terms != null) {
            TermsEnum term = terms.iterator();
            for (BytesRef word = term.next(); word != null; word = term.next()) {
                words.add(word.utf8ToString());
                titles.add(term.docFreq());
            }
        }
        return new TitleWords(
                words.toArray(String[]::new),
                titles.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Up to {@code max} words starting with {@code prefix}, those in the most titles first. */
    List<String> startingWith(String prefix, int max) {
        int from = firstAtOrAfter(prefix);
        int to = from;
        while (to < words.length && words[to].startsWith(prefix)) {
            to++;
        }
        Integer[] found = new Integer[to - from];
        for (int i = 0; i < found.length; i++) {
            found[i] = from + i;
        }
        Arrays.sort(found, Comparator.comparingInt((Integer i) -> -titles[i]));
        List<String> best = new ArrayList<>(Math.min(max, found.length));
        for (int i = 0; i < found.length && i < max; i++) {
            best.add(words[found[i]]);
        }
        return best;
    }

    private int firstAtOrAfter(String prefix) {
        int at = Arrays.binarySearch(words, prefix);
        return at >= 0 ? at : -at - 1;
    }
}
