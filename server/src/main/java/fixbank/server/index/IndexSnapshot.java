package fixbank.server.index;

import fixbank.indexer.build.IndexedArticles;
import fixbank.server.access.AccessRules;
import fixbank.server.access.Audience;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * The index as one open reader sees it: its searcher, and what Fixbank derives from that reader once rather
 * than on every request — term lookups, the title words each {@link Audience} can see, spelling corrections,
 * the source stamps the watcher compares files with — built when the reader opens, on the thread that opens it, before any request is served from it, and
 * dropped with it. Per-audience data lives here so that what a caller is shown never reflects articles it
 * may not see; warming queries for a new reader would also run where this is built ({@link
 * SnapshotFactory}).
 *
 * <p>Thread-safe. Obtain one through {@link LiveIndex#withSnapshot}, which keeps it open meanwhile.
 */
public final class IndexSnapshot {

    private final IndexSearcher searcher;
    private final TermLookups lookups;
    private final Map<Audience, TitleWords> titleWords;
    private final SpellingCorrections corrections;
    private final IndexedArticles indexed;

    private IndexSnapshot(
            IndexSearcher searcher,
            TermLookups lookups,
            Map<Audience, TitleWords> titleWords,
            SpellingCorrections corrections,
            IndexedArticles indexed) {
        this.searcher = searcher;
        this.lookups = lookups;
        this.titleWords = titleWords;
        this.corrections = corrections;
        this.indexed = indexed;
    }

    /** Derives the state of {@code searcher}'s reader; reads every title word once per audience. */
    static IndexSnapshot of(IndexSearcher searcher) throws IOException {
        Map<Audience, TitleWords> titleWords = new EnumMap<>(Audience.class);
        for (Audience audience : Audience.values()) {
            titleWords.put(audience, TitleWords.read(searcher, AccessRules.filter(audience)));
        }
        return new IndexSnapshot(
                searcher,
                new TermLookups(searcher),
                titleWords,
                new SpellingCorrections(searcher.getIndexReader()),
                IndexedArticles.of((DirectoryReader) searcher.getIndexReader()));
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public IndexReader reader() {
        return searcher.getIndexReader();
    }

    /** The term's document frequency and place in each segment, looked up once for this reader. */
    public TermStates termStates(Term term) throws IOException {
        return lookups.of(term);
    }

    /** A query for the term that does not look it up in the term dictionary again. */
    public TermQuery termQuery(Term term) throws IOException {
        return lookups.query(term);
    }

    /** Up to {@code max} title words {@code audience} can see that start with {@code prefix}, commonest first. */
    public List<String> titleWordsStartingWith(Audience audience, String prefix, int max) {
        return titleWords.get(audience).startingWith(prefix, max);
    }

    /** The commit this reader reads, with every article's source stamp, for the watcher's next look. */
    IndexedArticles indexed() {
        return indexed;
    }

    /** Up to two known body words closest to {@code term}, a word no article contains. */
    public List<String> corrections(String term) throws IOException {
        return corrections.of(term);
    }
}
