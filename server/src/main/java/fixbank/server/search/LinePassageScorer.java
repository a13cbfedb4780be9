package fixbank.server.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores passages exactly as Lucene's {@link PassageScorer} does (BM25 over the words matched in the
 * passage), but counts repeated words with a short loop instead of a hash table per passage. Snippets are
 * cut from lines, so an article has a hundred small passages, and Lucene's per-passage table made
 * highlighting cost more than the search itself.
 */
final class LinePassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        int matches = passage.getNumMatches();
        float score = 0;
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int freqInPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    freqInPassage++;
                }
            }
            score += weight(contentLength, freqsInDoc[i]) * tf(freqInPassage, passage.getLength());
        }
        return score * norm(passage.getStartOffset());
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
        for (int j = 0; j < i; j++) {
            if (terms[j].bytesEquals(terms[i])) {
                return true;
            }
        }
        return false;
    }
}
