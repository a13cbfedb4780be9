package fixbank.indexer.schema;

import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The index schema: the only place field names are spelled. How each field is indexed is decided in
 * {@link ArticleDocuments}.
 *
 * <ul>
 *   <li>{@link #ID}: keyword, stored, sorted doc values; the article's {@code ArticleId}.
 *   <li>{@link #TITLE}, {@link #SUMMARY}: analysed text, stored for display.
 *   <li>{@link #TITLE_WORDS}: the title as whole lower-case words, no stemming or stop words, for completion
 *       of half-typed words.
 *   <li>{@link #BODY}: the body's plain text, analysed, stored with offsets for fast snippets.
 *   <li>{@link #HEADINGS}, {@link #SYMPTOMS}, {@link #CAUSE}, {@link #RESOLUTION}: analysed, not stored, for
 *       field weighting.
 *   <li>{@link #MARKDOWN}: stored only, the Markdown body to render.
 *   <li>{@link #VERSION}: stored only, the article's {@code Article.version()}, which feedback is counted by.
 *   <li>{@link #TAGS}, {@link #SYSTEMS}: keywords, stored, with sorted-set doc values for facet counts;
 *       {@link #SYSTEMS_TEXT} makes system names searchable as words.
 *   <li>{@link #UNITS}: stored only, the units an article applies to as written, for display;
 *       {@link #UNIT_KEYS}: the same in lower case, keywords with sorted-set doc values, so that searches can
 *       keep a unit's articles and, by the doc values' absence, the articles that name no unit.
 *   <li>{@link #VISIBILITY}, {@link #STATUS}: keywords, stored, for access filters.
 *   <li>{@link #OWNER}, {@link #PATH}: stored; owner is also a keyword.
 *   <li>{@link #UPDATED}, {@link #REVIEW_BY}: ISO dates, stored, with points and numeric doc values (epoch day).
 *   <li>{@link #SOURCE_SIZE}, {@link #SOURCE_MODIFIED}: numeric doc values, the {@link SourceStamp}.
 *   <li>{@link #MEANING}: only in an index built with semantic re-ranking on, the vector of the article's
 *       gist ({@code fixbank.indexer.semantic}), cosine similarity.
 * </ul>
 */
public final class ArticleFields {

    /**
     * Bumped whenever fields or analysis change (but for the protected-words list, which is recorded by its
     * digest under {@link #PROTECTED_WORDS_KEY}); an index written with another version is rebuilt in full
     * rather than updated, since unchanged files would otherwise keep the old schema.
     */
    public static final String SCHEMA_VERSION = "6";

    /** Commit user-data key holding {@link #SCHEMA_VERSION}. */
    public static final String SCHEMA_VERSION_KEY = "fixbank.schema";

    /**
     * Commit user-data key holding the {@link ProtectedWords#digest()} of the protected words the index was
     * analysed with; an index recording another digest (or none) is rebuilt in full, like one of another
     * {@link #SCHEMA_VERSION}.
     */
    public static final String PROTECTED_WORDS_KEY = "fixbank.protected-words";

    /**
     * Commit user-data key saying whether the index holds {@link #MEANING} vectors ("true" or "false"); an
     * index built the other way is rebuilt in full.
     */
    public static final String SEMANTIC_KEY = "fixbank.semantic";

    public static final String ID = "id";
    public static final String PATH = "path";
    public static final String TITLE = "title";
    public static final String TITLE_WORDS = "title_words";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String HEADINGS = "headings";
    public static final String SYMPTOMS = "symptoms";
    public static final String CAUSE = "cause";
    public static final String RESOLUTION = "resolution";
    public static final String MARKDOWN = "markdown";
    public static final String VERSION = "version";
    public static final String TAGS = "tags";
    public static final String SYSTEMS = "systems";
    public static final String SYSTEMS_TEXT = "systems_text";
    public static final String UNITS = "units";
    public static final String UNIT_KEYS = "unit_keys";
    public static final String VISIBILITY = "visibility";
    public static final String STATUS = "status";
    public static final String OWNER = "owner";
    public static final String UPDATED = "updated";
    public static final String REVIEW_BY = "review_by";
    public static final String SOURCE_SIZE = "source_size";
    public static final String SOURCE_MODIFIED = "source_modified";
    public static final String MEANING = "meaning";

    private ArticleFields() {}

    /**
     * The analyzer for writing and querying the index: {@link FixbankAnalyzer} for every text field but
     * {@link #TITLE_WORDS}, which keeps words whole so a prefix typed by a person matches them.
     */
    public static Analyzer analyzer() {
        return perField(new FixbankAnalyzer());
    }

    /** The analyzer for queries: the index analyzer, expanding the given synonyms in text fields. */
    public static Analyzer queryAnalyzer(SynonymMap synonyms) {
        return perField(new FixbankAnalyzer(Optional.of(synonyms)));
    }

    private static Analyzer perField(FixbankAnalyzer text) {
        return new PerFieldAnalyzerWrapper(text, Map.of(TITLE_WORDS, new StandardAnalyzer(CharArraySet.EMPTY_SET)));
    }
}
