package fixbank.server.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * One segment of an {@link AudienceReader}: the documents outside the audience are deleted, and each field's
 * terms are those of the visible documents, with their counts. Counts are taken from the postings the first
 * time a term is asked for and remembered with the reader.
 *
 * <p>Not cached by Lucene's query cache: a cached match set belongs to a segment's core, which this reader
 * shares with the raw segment, and must not cross from one audience to another.
 */
final class AudienceLeafReader extends FilterLeafReader {

    /** Terms whose counts are remembered per field before the memory is let go and counting starts over. */
    private static final int MAX_REMEMBERED_TERMS = 20_000;

    private final FixedBitSet visible;
    private final int numDocs;
    private final Map<String, VisibleTerms> fields = new ConcurrentHashMap<>();

    AudienceLeafReader(LeafReader in, FixedBitSet visible, int numDocs) {
        super(in);
        this.visible = visible;
        this.numDocs = numDocs;
    }

    @Override
    public Bits getLiveDocs() {
        return visible;
    }

    @Override
    public int numDocs() {
        return numDocs;
    }

    @Override
    public Terms terms(String field) throws IOException {
        Terms terms = in.terms(field);
        return terms == null ? null : fields.computeIfAbsent(field, f -> new VisibleTerms(terms));
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }

    /** A term's counts among the visible documents. */
    private record Counts(int docFreq, long totalTermFreq) {
        static final Counts NONE = new Counts(0, 0);
    }

    /** One field's terms as the visible documents have them. */
    private final class VisibleTerms extends FilterTerms {

        private final Map<BytesRef, Counts> counts = new ConcurrentHashMap<>();
        private volatile long[] totals;

        VisibleTerms(Terms in) {
            super(in);
        }

        @Override
        public TermsEnum iterator() throws IOException {
            return new VisibleTermsEnum(in.iterator(), this);
        }

        @Override
        public TermsEnum intersect(CompiledAutomaton automaton, BytesRef startTerm) throws IOException {
            return new VisibleTermsEnum(in.intersect(automaton, startTerm), this);
        }

        @Override
        public long size() {
            return -1; // not known without counting every term
        }

        @Override
        public int getDocCount() throws IOException {
            return (int) totals()[0];
        }

        @Override
        public long getSumDocFreq() throws IOException {
            return totals()[1];
        }

        @Override
        public long getSumTotalTermFreq() throws IOException {
            return totals()[2];
        }

        /** The documents with the field, the sum of document frequencies and of term frequencies. */
        private long[] totals() throws IOException {
            long[] known = totals;
            if (known == null) {
                FixedBitSet withField = new FixedBitSet(maxDoc());
                long sumDocFreq = 0;
                long sumTotalTermFreq = 0;
                TermsEnum terms = in.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                    postings = terms.postings(postings, PostingsEnum.FREQS);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (visible.get(doc)) {
                            withField.set(doc);
                            sumDocFreq++;
                            sumTotalTermFreq += postings.freq();
                        }
                    }
                }
                known = new long[] {withField.cardinality(), sumDocFreq, sumTotalTermFreq};
                totals = known;
            }
            return known;
        }

        /** The counts of the term {@code terms} is positioned on. */
        Counts counts(TermsEnum terms) throws IOException {
            BytesRef term = terms.term();
            Counts known = counts.get(term);
            if (known == null) {
                int docFreq = 0;
                long totalTermFreq = 0;
                PostingsEnum postings = terms.postings(null, PostingsEnum.FREQS);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (visible.get(doc)) {
                        docFreq++;
                        totalTermFreq += postings.freq();
                    }
                }
                known = docFreq == 0 ? Counts.NONE : new Counts(docFreq, totalTermFreq);
                if (counts.size() >= MAX_REMEMBERED_TERMS) {
                    counts.clear(); // an expansion over a whole dictionary should not stay in memory
                }
                counts.put(BytesRef.deepCopyOf(term), known);
            }
            return known;
        }
    }

    /** Steps over the terms no visible document has, and counts only visible documents. */
    private static final class VisibleTermsEnum extends FilterTermsEnum {

        private final VisibleTerms terms;
        private Counts current = Counts.NONE;

        VisibleTermsEnum(TermsEnum in, VisibleTerms terms) {
            super(in);
            this.terms = terms;
        }

        private boolean visible() throws IOException {
            current = terms.counts(in);
            return current.docFreq() > 0;
        }

        @Override
        public BytesRef next() throws IOException {
            for (BytesRef term = in.next(); term != null; term = in.next()) {
                if (visible()) {
                    return term;
                }
            }
            return null;
        }

        @Override
        public boolean seekExact(BytesRef text) throws IOException {
            return in.seekExact(text) && visible();
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) throws IOException {
            SeekStatus status = in.seekCeil(text);
            if (status == SeekStatus.END) {
                return status;
            }
            if (visible()) {
                return status;
            }
            return next() == null ? SeekStatus.END : SeekStatus.NOT_FOUND;
        }

        @Override
        public void seekExact(long ord) {
            throw new UnsupportedOperationException("terms by ordinal are not filtered by audience");
        }

        @Override
        public long ord() {
            throw new UnsupportedOperationException("terms by ordinal are not filtered by audience");
        }

        @Override
        public int docFreq() {
            return current.docFreq();
        }

        @Override
        public long totalTermFreq() {
            return current.totalTermFreq();
        }

        @Override
        public void seekExact(BytesRef term, TermState state) throws IOException {
            in.seekExact(term, state);
            current = terms.counts(in);
        }
    }
}
