package fixbank.server.index;

import fixbank.indexer.build.IndexedArticles;
import fixbank.server.access.AccessRules;
import fixbank.server.access.Audience;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The index as one open reader sees it, for each {@link Audience}: a searcher over what that audience may
 * see (for anonymous callers an {@link AudienceReader}, in which hidden articles and their words do not
 * exist; for staff the whole index), with its term lookups, title words and spelling corrections; and the
 * source stamps the watcher compares files with. Built when the reader opens, on the thread that opens it,
 * before any request is served from it, and dropped with it; warming queries for a new reader would also
 * run where this is built ({@link SnapshotFactory}).
 *
 * <p>Thread-safe. Obtain one through {@link LiveIndex#withSnapshot}, which keeps it open meanwhile.
 */
public final class IndexSnapshot {

    private final IndexSearcher searcher;
    private final Map<Audience, AudienceView> views;
    private final IndexedArticles indexed;

    private IndexSnapshot(IndexSearcher searcher, Map<Audience, AudienceView> views, IndexedArticles indexed) {
        this.searcher = searcher;
        this.views = views;
        this.indexed = indexed;
    }

    /** What one audience's searches need, derived once. */
    private record AudienceView(
            IndexSearcher searcher, TermLookups lookups, TitleWords titleWords, SpellingCorrections corrections) {

        static AudienceView of(IndexSearcher searcher) throws IOException {
            warmFieldStatistics(searcher);
            return new AudienceView(
                    searcher,
                    new TermLookups(searcher),
                    TitleWords.read(searcher.getIndexReader()),
                    new SpellingCorrections(searcher.getIndexReader()));
        }

        /** Counts every field's statistics now, on the opening thread, rather than on a first search. */
        private static void warmFieldStatistics(IndexSearcher searcher) throws IOException {
            for (FieldInfo field : FieldInfos.getMergedFieldInfos(searcher.getIndexReader())) {
                if (field.getIndexOptions() != IndexOptions.NONE) {
                    searcher.collectionStatistics(field.name);
                }
            }
        }
    }

    /**
     * Derives the state of {@code searcher}'s reader for every audience, taking over what {@code previous},
     * the snapshot of the reader it was reopened from (or null), knows of the segments both share.
     */
    static IndexSnapshot of(IndexSearcher searcher, IndexSnapshot previous) throws IOException {
        DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
        Map<Audience, AudienceView> views = new EnumMap<>(Audience.class);
        views.put(Audience.STAFF, AudienceView.of(searcher));
        DirectoryReader previousPublic = previous == null ? null : (DirectoryReader) previous.reader(Audience.PUBLIC);
        IndexSearcher publicOnly =
                new IndexSearcher(AudienceReader.of(reader, AccessRules.filter(Audience.PUBLIC), previousPublic));
        publicOnly.setSimilarity(searcher.getSimilarity());
        views.put(Audience.PUBLIC, AudienceView.of(publicOnly));
        return new IndexSnapshot(searcher, views, IndexedArticles.of(reader));
    }

    /** The searcher over the whole index, for work that applies its own access check. */
    public IndexSearcher searcher() {
        return searcher;
    }

    /** The searcher over what {@code audience} may see; its statistics know nothing of the rest. */
    public IndexSearcher searcher(Audience audience) {
        return views.get(audience).searcher();
    }

    public IndexReader reader(Audience audience) {
        return searcher(audience).getIndexReader();
    }

    /** The term's document frequency and place in each segment, as {@code audience} sees them, looked up once. */
    public TermStates termStates(Audience audience, Term term) throws IOException {
        return views.get(audience).lookups().of(term);
    }

    /** A query for the term in {@code audience}'s searcher that does not look it up again. */
    public TermQuery termQuery(Audience audience, Term term) throws IOException {
        return views.get(audience).lookups().query(term);
    }

    /** Up to {@code max} title words {@code audience} can see that start with {@code prefix}, commonest first. */
    public List<String> titleWordsStartingWith(Audience audience, String prefix, int max) {
        return views.get(audience).titleWords().startingWith(prefix, max);
    }

    /** Up to two words {@code audience} can see closest to {@code term}, a word none of its articles contains. */
    public List<String> corrections(Audience audience, String term) throws IOException {
        return views.get(audience).corrections().of(term);
    }

    /** The commit this reader reads, with every article's source stamp, for the watcher's next look. */
    IndexedArticles indexed() {
        return indexed;
    }
}
