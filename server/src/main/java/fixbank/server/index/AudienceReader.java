package fixbank.server.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The index as one audience sees it: the same segments, in which every article the audience may not see
 * counts as deleted, and every word found only in such articles as absent. Term counts, field lengths and the
 * term dictionary itself are those of the visible articles alone, so everything Lucene and Fixbank derive
 * from this reader — scores, rarity, spelling corrections, completions, fuzzy and wildcard expansions — is
 * the same whether or not hidden articles exist (#11: anonymous callers could otherwise tell from the order
 * of their suggestions whether a word occurs in internal articles).
 *
 * <p>A segment whose live articles are all visible is served as it is, at no cost. Never closed on its own:
 * it lives as long as the reader it wraps, which its {@link IndexSnapshot} holds.
 */
final class AudienceReader extends FilterDirectoryReader {

    private AudienceReader(DirectoryReader in, Query visible) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader leaf) {
                try {
                    return visibleOnly(leaf, visible);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /** {@code in} with only the documents matching {@code visible} left. */
    static DirectoryReader of(DirectoryReader in, Query visible) throws IOException {
        try {
            return new AudienceReader(in, visible);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static LeafReader visibleOnly(LeafReader leaf, Query visible) throws IOException {
        IndexSearcher searcher = new IndexSearcher(leaf);
        searcher.setQueryCache(null);
        Weight weight = searcher.createWeight(searcher.rewrite(visible), ScoreMode.COMPLETE_NO_SCORES, 1f);
        FixedBitSet bits = new FixedBitSet(leaf.maxDoc());
        Scorer scorer = weight.scorer(leaf.getContext());
        if (scorer != null) {
            Bits live = leaf.getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    bits.set(doc);
                }
            }
        }
        int count = bits.cardinality();
        return count == leaf.numDocs() ? leaf : new AudienceLeafReader(leaf, bits, count);
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) {
        throw new UnsupportedOperationException("an audience's view is built for one reader and not reopened");
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }
}
