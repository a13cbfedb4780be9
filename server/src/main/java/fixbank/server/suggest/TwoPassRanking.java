package fixbank.server.suggest;

import fixbank.server.search.FilteredCollectorManager;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Ranks a ticket's matches in two passes, as large search engines do: a cheap query (the plan's
 * {@link TicketPlan#candidates}: the most telling words, as a flat disjunction over the fields that hold all
 * of an article's words) picks the best {@link #CANDIDATES} visible articles, then the full query, with the
 * best field of each word, synonyms, corrections and the phrase and word-pair rewards, scores only those. The
 * full query costs in proportion to every article that holds a ticket word: scoring every match with it took
 * four times the CPU of a plain BM25 query on 50,000 articles (#15). With 50 candidates the two passes took
 * 1.9 to 2.1 times; with 35, 1.8 times, and every relevance track ranked as with 50 or within 0.001 MRR@10
 * above it. 25 cut it to 1.7 times but lost a paraphrase from the first five.
 */
final class TwoPassRanking {

    /** Articles the full query scores; a suggestion list shows five. */
    static final int CANDIDATES = 35;

    /**
     * Postings of the first pass's words, added up, above which it skips rather than scores every match. In
     * alternating runs, CPU against plain Lucene's in the same run: skipping for every ticket cost 3 to 5% more
     * on 2,448 articles and saved 4 to 6% on 50,000; with this line, the median of 4 runs was 1.72× against
     * 1.83× never skipping on 50,000 articles, and 2.53× against 2.55× on 2,448.
     */
    static final long SKIP_ABOVE_POSTINGS = 20_000;

    private static final float NO_MATCH = Float.NEGATIVE_INFINITY;

    private TwoPassRanking() {}

    /**
     * The best {@code wanted} of the articles {@code visible} lets through, ranked by {@code full}; {@code
     * candidatePostings} is the {@link TicketPlan}'s.
     */
    static TopDocs top(
            IndexSearcher searcher, Query candidates, long candidatePostings, Query full, Query visible, int wanted)
            throws IOException {
        // A first pass over short postings scores every match, in bulk: that beats skipping ahead with
        // block-max scores, whose bookkeeping costs more than the documents it skips. Over long postings it
        // counts only as many matches as it keeps, and then skips the blocks that cannot enter.
        int kept = Math.max(CANDIDATES, wanted);
        TopDocs first = searcher.search(
                candidates,
                FilteredCollectorManager.of(
                        searcher,
                        visible,
                        new TopScoreDocCollectorManager(
                                kept, null, candidatePostings > SKIP_ABOVE_POSTINGS ? kept : Integer.MAX_VALUE)));
        TopDocs rescored = new QueryRescorer(full) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? secondPassScore : NO_MATCH;
            }
        }.rescore(searcher, first, wanted);
        ScoreDoc[] matching = Arrays.stream(rescored.scoreDocs)
                .filter(hit -> hit.score != NO_MATCH)
                .toArray(ScoreDoc[]::new);
        return new TopDocs(first.totalHits, matching);
    }
}
