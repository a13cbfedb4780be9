package fixbank.server.recording;

import fixbank.indexer.schema.FixbankAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The key that groups questions asked in different words: the distinct stemmed words of the index's own
 * analysis, stop words left out, in alphabetical order. "Printer offline", "printers are offline" and
 * "offline printer" share a key, so the same need typed ten ways is one row with a count.
 *
 * <p>Thread-safe.
 */
public final class Wording {

    /** Longer text keeps its first words: a pasted log must not make every question unique and huge. */
    static final int MAX_WORDS = 12;

    static final int MAX_KEY_CHARS = 400;

    private final Analyzer analyzer = new FixbankAnalyzer();

    public String key(String text) {
        TreeSet<String> words = new TreeSet<>();
        try (TokenStream tokens = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            int seen = 0;
            while (tokens.incrementToken() && seen < MAX_WORDS) {
                words.add(term.toString());
                seen++;
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of a string failed", e);
        }
        String key = String.join(" ", words);
        return key.length() > MAX_KEY_CHARS ? key.substring(0, MAX_KEY_CHARS) : key;
    }
}
