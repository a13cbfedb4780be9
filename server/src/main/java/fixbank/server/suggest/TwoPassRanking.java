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

    private static final float NO_MATCH = Float.NEGATIVE_INFINITY;

    private TwoPassRanking() {}

    /** The best {@code wanted} of the articles {@code visible} lets through, ranked by {@code full}. */
    static TopDocs top(IndexSearcher searcher, Query candidates, Query full, Query visible, int wanted)
            throws IOException {
        // Every match of the first pass is scored, in bulk: with its few fields that beats skipping ahead
        // with block-max scores, whose bookkeeping costs more than the documents it skips. Counting only as
        // many matches as it keeps, or Lucene's default 1,000, took 3 to 5% more CPU on 2,448 articles (runs
        // alternating) and 4 to 6% less on 50,000 (in turn in one JVM), one segment each.
        TopDocs first = searcher.search(
                candidates,
                FilteredCollectorManager.of(
                        searcher,
                        visible,
                        new TopScoreDocCollectorManager(Math.max(CANDIDATES, wanted), null, Integer.MAX_VALUE)));
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
