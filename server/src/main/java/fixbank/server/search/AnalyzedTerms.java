package fixbank.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Runs text through an analyzer and returns the distinct terms, in the order they first appear, telling the
 * words typed from the synonyms the analyzer added, and what was typed for each: the word itself for a typed
 * term ("printers" for "printer"), the words a synonym stands for ("bleeps" for "pager").
 */
public record AnalyzedTerms(List<String> words, List<String> synonyms, Map<String, String> typedAs) {

    public AnalyzedTerms {
        words = List.copyOf(words);
        synonyms = List.copyOf(synonyms);
        typedAs = Map.copyOf(typedAs);
    }

    /** What was typed for {@code term}: the term itself when it is not one of these. */
    public String typed(String term) {
        return typedAs.getOrDefault(term, term);
    }

    /** The distinct terms of {@code text}, typed words and synonyms alike. */
    public static List<String> of(Analyzer analyzer, String field, String text) {
        AnalyzedTerms terms = split(analyzer, field, text);
        List<String> all = new ArrayList<>(terms.words);
        all.addAll(terms.synonyms);
        return all;
    }

    /** The distinct typed words of {@code text}, and apart from them the synonyms added for them. */
    public static AnalyzedTerms split(Analyzer analyzer, String field, String text) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> synonyms = new LinkedHashSet<>();
        Map<String, String> typedAs = new HashMap<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String analysed = term.toString();
                (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) ? synonyms : words).add(analysed);
                if (offsets.endOffset() <= text.length() && offsets.startOffset() < offsets.endOffset()) {
                    typedAs.putIfAbsent(analysed, text.substring(offsets.startOffset(), offsets.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        synonyms.removeAll(words);
        return new AnalyzedTerms(new ArrayList<>(words), new ArrayList<>(synonyms), typedAs);
    }
}
