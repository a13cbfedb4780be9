package fixbank.server.index;

import fixbank.indexer.schema.ArticleFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The whole words of the titles one audience can see, in order, each with the number of those titles it is
 * in: what a half-typed word of a ticket's title is completed from. Read once when a reader opens, so a
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

    /** The title words of the documents matching {@code audience} in {@code searcher}'s reader. */
    static TitleWords read(IndexSearcher searcher, Query audience) throws IOException {
        Weight filter = searcher.createWeight(searcher.rewrite(audience), ScoreMode.COMPLETE_NO_SCORES, 1f);
        // Segments hold the same word apart; their counts are merged by word.
        TreeMap<String, Integer> titlesByWord = new TreeMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(ArticleFields.TITLE_WORDS);
            Scorer scorer = filter.scorer(leaf);
            if (terms == null || scorer == null) {
                continue;
            }
            FixedBitSet visible = new FixedBitSet(leaf.reader().maxDoc());
            visible.or(scorer.iterator());
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum term = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef word = term.next(); word != null; word = term.next()) {
                postings = term.postings(postings, PostingsEnum.NONE);
                int count = 0;
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (visible.get(doc) && (live == null || live.get(doc))) {
                        count++;
                    }
                }
                if (count > 0) {
                    titlesByWord.merge(word.utf8ToString(), count, Integer::sum);
                }
            }
        }
        return new TitleWords(
                titlesByWord.keySet().toArray(String[]::new),
                titlesByWord.values().stream().mapToInt(Integer::intValue).toArray());
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
