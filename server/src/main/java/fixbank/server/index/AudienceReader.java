package fixbank.server.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Map;
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
 * <p>A segment whose articles, deleted ones included, are all visible is served as it is, at no cost. Never
 * closed on its own: it lives as long as the reader it wraps, which its {@link IndexSnapshot} holds.
 */
final class AudienceReader extends FilterDirectoryReader {

    /** Each segment's view by the segment reader it wraps, for the next reader to take over. */
    private final Map<LeafReader, LeafReader> views;

    private AudienceReader(DirectoryReader in, VisibleOnly wrapper) throws IOException {
        super(in, wrapper);
        this.views = wrapper.views;
    }

    /**
     * {@code in} with only the documents matching {@code visible} left, taking over from {@code previous} (the
     * view of the reader {@code in} was reopened from, or null) each segment view whose segment reader
     * {@code in} still holds. Lucene keeps the very same segment reader across a reopen only while the
     * segment, its deletions and its field updates are unchanged, so such a view's visible articles and counts
     * still hold. Why: counting a segment's visible articles and its fields' totals reads every posting, and an
     * editor's save reopens the index with all but one segment unchanged.
     */
    static DirectoryReader of(DirectoryReader in, Query visible, DirectoryReader previous) throws IOException {
        Map<LeafReader, LeafReader> known = previous instanceof AudienceReader audience ? audience.views : Map.of();
        try {
            return new AudienceReader(in, new VisibleOnly(visible, known));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Wraps each segment in its view, or takes over the view a previous reader built for it. */
    private static final class VisibleOnly extends SubReaderWrapper {
        private final Query visible;
        private final Map<LeafReader, LeafReader> known;
        private final Map<LeafReader, LeafReader> views = new IdentityHashMap<>();

        VisibleOnly(Query visible, Map<LeafReader, LeafReader> known) {
            this.visible = visible;
            this.known = known;
        }

        @Override
        public LeafReader wrap(LeafReader leaf) {
            LeafReader view = known.get(leaf);
            if (view == null) {
                try {
                    view = visibleOnly(leaf, visible);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            views.put(leaf, view);
            return view;
        }
    }

    private static LeafReader visibleOnly(LeafReader leaf, Query visible) throws IOException {
        IndexSearcher searcher = new IndexSearcher(leaf);
        searcher.setQueryCache(null);
        Weight weight = searcher.createWeight(searcher.rewrite(visible), ScoreMode.COMPLETE_NO_SCORES, 1f);
        FixedBitSet bits = new FixedBitSet(leaf.maxDoc());
        int visibleWithDeleted = 0;
        Scorer scorer = weight.scorer(leaf.getContext());
        if (scorer != null) {
            Bits live = leaf.getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                visibleWithDeleted++;
                if (live == null || live.get(doc)) {
                    bits.set(doc);
                }
            }
        }
        // Served as it is only if every document in it, deleted ones included, is visible: Lucene counts a
        // deleted document's words until a merge drops it, so the old copy of an edited internal article
        // would lend its words to the term dictionary and the counts the audience sees.
        return visibleWithDeleted == leaf.maxDoc() ? leaf : new AudienceLeafReader(leaf, bits, bits.cardinality());
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
