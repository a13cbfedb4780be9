package fixbank.indexer.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.ParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Reads a synonym file in the Solr format: {@code a, b, c} makes the words equivalent, {@code a => b, c}
 * expands {@code a} only; {@code #} starts a comment. Words are matched in lower case before stemming, so write
 * them as people type them ("log in", "sign in"). Each word or phrase to be matched also matches its plural
 * ("bleep" matches "bleeps", "id badge" matches "id badges"), so a rule need not list both.
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
            parser.parse(new StringReader(withPlurals(rules)));
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException(
                    "synonym rule " + e.getErrorOffset() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The rules, line for line (so errors keep their line numbers), with plurals added to what is matched. */
    private static String withPlurals(Reader rules) throws IOException {
        StringBuilder out = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(rules)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.append(line.strip().startsWith("#") || line.contains("\\") ? line : withPlurals(line))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String withPlurals(String rule) {
        int arrow = rule.indexOf("=>");
        String matched = arrow < 0 ? rule : rule.substring(0, arrow);
        Set<String> words = new LinkedHashSet<>();
        for (String word : matched.split(",")) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        for (String word : List.copyOf(words)) {
            plural(word).ifPresent(words::add);
        }
        return String.join(", ", words) + (arrow < 0 ? "" : " " + rule.substring(arrow));
    }

    /** The regular English plural of a phrase's last word; none for words that may be plural already. */
    static Optional<String> plural(String phrase) {
        int last = phrase.lastIndexOf(' ') + 1;
        String word = phrase.substring(last);
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter) || word.matches(".*(s|x|z|ch|sh)")) {
            return Optional.empty();
        }
        if (word.matches(".*[^aeiou]y")) {
            return Optional.of(phrase.substring(0, phrase.length() - 1) + "ies");
        }
        return Optional.of(phrase + "s");
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
