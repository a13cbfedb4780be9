package fixbank.server.suggest;

import fixbank.indexer.schema.ArticleFields;
import fixbank.indexer.semantic.SentenceEmbedder;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.VectorUtil;

/**
 * Semantic re-ranking, switched on with the server's {@code --semantic on}: the best {@link #CANDIDATES}
 * word matches are re-ordered by their word score, as a share of the best one, plus {@link #WEIGHT} times
 * the cosine between the ticket's meaning and the article's. Words still decide which articles are
 * candidates, so nothing sharing no word with the ticket is suggested, and meaning adds at most a quarter of
 * the best word score, so a clear lead on words (an exact error code, say) holds.
 *
 * <p>On the shared dev set, fusing this way lifted every track a little (paraphrases most), where
 * reciprocal-rank fusion of word and vector rankings pulled titles, half-typed titles and typos down.
 */
final class MeaningReranker {

    static final int CANDIDATES = 100;
    static final float WEIGHT = 0.25f;

    private final SentenceEmbedder embedder;

    MeaningReranker(SentenceEmbedder embedder) {
        this.embedder = embedder;
    }

    /** The first {@code limit} of {@code candidates}, re-ordered; articles without a vector keep their word score. */
    TopDocs rerank(IndexSearcher searcher, TopDocs candidates, String title, String description, int limit)
            throws IOException {
        ScoreDoc[] hits = candidates.scoreDocs;
        if (hits.length == 0) {
            return candidates;
        }
        float[] ticket = embedder.embed((title.strip() + "\n" + description.strip()).strip());
        float best = hits[0].score;
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(hit -> hit.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] rescored = new ScoreDoc[byDoc.length];
        FloatVectorValues vectors = null;
        int leafIndex = -1;
        for (int i = 0; i < byDoc.length; i++) {
            ScoreDoc hit = byDoc[i];
            int leaf = ReaderUtil.subIndex(hit.doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                vectors = leaves.get(leaf).reader().getFloatVectorValues(ArticleFields.MEANING);
            }
            float cosine = 0;
            int docInLeaf = hit.doc - leaves.get(leaf).docBase;
            if (vectors != null) {
                // Hits go in document order, so each leaf's vectors are read forwards only.
                int at = vectors.docID() < docInLeaf ? vectors.advance(docInLeaf) : vectors.docID();
                if (at == docInLeaf) {
                    cosine = VectorUtil.dotProduct(ticket, vectors.vectorValue());
                }
            }
            rescored[i] = new ScoreDoc(hit.doc, hit.score / best + WEIGHT * cosine, hit.shardIndex);
        }
        Arrays.sort(
                rescored,
                Comparator.comparingDouble((ScoreDoc hit) -> -hit.score).thenComparingInt(hit -> hit.doc));
        return new TopDocs(candidates.totalHits, Arrays.copyOf(rescored, Math.min(limit, rescored.length)));
    }
}
