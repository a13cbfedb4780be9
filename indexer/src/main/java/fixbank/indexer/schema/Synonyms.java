package fixbank.indexer.schema;

import java.io.IOException;
import java.io.Reader;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Reads a synonym file in the Solr format: {@code a, b, c} makes the words equivalent, {@code a => b, c}
 * expands {@code a} only; {@code #} starts a comment. Words are matched in lower case before stemming, so write
 * them as people type them ("log in", "sign in").
 */
public final class Synonyms {

    private Synonyms() {}

    /**
     * Parses the rules.
     *
     * @throws IllegalArgumentException naming the line of a rule that cannot be read
     */
    public static SynonymMap parse(Reader rules) throws IOException {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, new RuleAnalyzer());
        try {
            parser.parse(rules);
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException(
                    "synonym rule " + e.getErrorOffset() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Splits rule words as the query analyzer sees them where synonyms are applied. */
    private static final class RuleAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            return new TokenStreamComponents(source, stream);
        }
    }
}
