package fixbank.indexer.schema;

import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzer for every text field: Unicode word splitting, which keeps codes such as {@code 0x80070005},
 * {@code 5.1.10} and {@code STOREDRV.Deliver.Exception} whole; such dotted or colon-joined tokens are also
 * split into their parts ({@link CodePartsFilter}), so both the exact code and its words match. Then lower case, English stop words,
 * and Porter stemming ("printers" finds "printer") except for the protected words of
 * {@code protected-words.txt}, product names that stemming would merge with other words.
 *
 * <p>The query-time variant also expands synonyms (see {@link Synonyms}) before stemming; the index never
 * holds synonyms, so the synonym file can change without re-indexing.
 *
 * <p>Thread-safe, as every Lucene analyzer is; share one instance.
 */
public final class FixbankAnalyzer extends Analyzer {

    /** Words kept from the stemmer; part of the schema, like the analyzer itself (see {@link ProtectedWords}). */
    public static final CharArraySet PROTECTED_WORDS = ProtectedWords.BUNDLED.asSet();

    private final Optional<SynonymMap> synonyms;

    /** The index-time analyzer. */
    public FixbankAnalyzer() {
        this(Optional.empty());
    }

    /** With {@code synonyms}: the query-time analyzer. */
    public FixbankAnalyzer(Optional<SynonymMap> synonyms) {
        this.synonyms = synonyms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new CodePartsFilter(source);
        stream = new EnglishPossessiveFilter(stream);
        stream = new LowerCaseFilter(stream);
        if (synonyms.isPresent()) {
            stream = new SynonymGraphFilter(stream, synonyms.get(), true);
        }
        stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new SetKeywordMarkerFilter(stream, PROTECTED_WORDS);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
