package fixbank.server.search;

import fixbank.indexer.schema.ArticleFields;
import fixbank.server.validation.InvalidRequestException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Reads the search box. Plain words become a {@link PlainWordsQuery}. Text with query syntax (fields such as
 * {@code title:}, quoted phrases, {@code AND}/{@code OR}/{@code NOT}, {@code +}/{@code -}, wildcards, fuzzy
 * {@code ~}) goes through Lucene's classic query parser; if it does not parse, the words are searched as plain
 * words and the result carries a notice saying why, so a clinician's stray bracket never fails a search.
 *
 * <p>Field names a person can use: {@code title}, {@code summary}, {@code body}, {@code symptoms},
 * {@code cause}, {@code resolution}, {@code headings}, {@code system}/{@code systems}, {@code tag}/{@code tags}.
 * Leading wildcards are refused: they would scan every term in the index.
 */
public final class UserQuery {

    private static final Pattern SYNTAX = Pattern.compile("[:\"*?~^()\\[\\]{}/\\\\]|(^|\\s)[+\\-!]|\\b(AND|OR|NOT)\\b");

    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(
            Map.entry("title", ArticleFields.TITLE),
            Map.entry("summary", ArticleFields.SUMMARY),
            Map.entry("body", ArticleFields.BODY),
            Map.entry("headings", ArticleFields.HEADINGS),
            Map.entry("symptoms", ArticleFields.SYMPTOMS),
            Map.entry("cause", ArticleFields.CAUSE),
            Map.entry("resolution", ArticleFields.RESOLUTION),
            Map.entry("system", ArticleFields.SYSTEMS_TEXT),
            Map.entry("systems", ArticleFields.SYSTEMS_TEXT),
            Map.entry("tag", ArticleFields.TAGS),
            Map.entry("tags", ArticleFields.TAGS));

    /** A query ready to run, and why it is not exactly what was typed, if it is not. */
    public record Parsed(Query query, Optional<String> notice) {}

    private final Analyzer analyzer;
    private final Analyzer parserAnalyzer;

    public UserQuery(Analyzer analyzer) {
        this.analyzer = analyzer;
        // Tags are keywords: matched whole, in lower case, never stemmed.
        this.parserAnalyzer = new PerFieldAnalyzerWrapper(analyzer, Map.of(ArticleFields.TAGS, new KeywordAnalyzer()));
    }

    /** Whether {@code text} uses query syntax, rather than being plain words. */
    public boolean hasSyntax(String text) {
        return SYNTAX.matcher(text).find();
    }

    public Parsed parse(String text) {
        if (!hasSyntax(text)) {
            return new Parsed(PlainWordsQuery.build(analyzer, text), Optional.empty());
        }
        try {
            return new Parsed(newParser().parse(text), Optional.empty());
        } catch (TooComplexToDeterminizeException e) {
            // Meant as a regular expression, so searching its characters as words would not be what was asked.
            throw new InvalidRequestException("q", "the regular expression is too complex; make it more specific");
        } catch (ParseException | IllegalArgumentException e) {
            Optional<String> unknownField = e.getCause() instanceof UnknownFieldException unknown
                    ? Optional.of(unknown.getMessage())
                    : Optional.empty();
            return new Parsed(
                    PlainWordsQuery.build(analyzer, text), Optional.of(SyntaxAdvice.forQuery(text, unknownField)));
        }
    }

    /** A field name nobody can search; its message is for the person who typed it. */
    private static final class UnknownFieldException extends ParseException {
        UnknownFieldException(String message) {
            super(message);
        }
    }

    private MultiFieldQueryParser newParser() {
        MultiFieldQueryParser parser = new FieldMappingParser(
                FieldWeights.TEXT_FIELDS.keySet().toArray(String[]::new), parserAnalyzer, FieldWeights.TEXT_FIELDS);
        parser.setAllowLeadingWildcard(false);
        // Fuzzy terms keep their first letter: matching every term of the dictionary at edit distance 2
        // costs seconds; people rarely mistype the first letter.
        parser.setFuzzyPrefixLength(1);
        parser.setDefaultOperator(MultiFieldQueryParser.Operator.OR);
        return parser;
    }

    /** Maps the names people type to index fields, and refuses the rest by name. */
    private static final class FieldMappingParser extends MultiFieldQueryParser {

        FieldMappingParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
            super(fields, analyzer, boosts);
        }

        private String map(String field) throws ParseException {
            if (field == null) {
                return null;
            }
            if (FieldWeights.TEXT_FIELDS.containsKey(field) || FIELD_NAMES.containsValue(field)) {
                return field; // the parser expanding a query over its default fields
            }
            String mapped = FIELD_NAMES.get(field.toLowerCase(Locale.ROOT));
            if (mapped == null) {
                throw new UnknownFieldException("there is no field '" + field + "' to search in; use one of "
                        + String.join(", ", new TreeSet<>(FIELD_NAMES.keySet())));
            }
            return mapped;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            if (ArticleFields.TAGS.equals(map(field))) {
                return new TermQuery(new Term(ArticleFields.TAGS, queryText.toLowerCase(Locale.ROOT)));
            }
            return super.getFieldQuery(map(field), queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return super.getFieldQuery(map(field), queryText, slop);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(map(field), termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(map(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(map(field), termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return super.getRegexpQuery(map(field), termStr);
        }

        @Override
        protected Query getRangeQuery(
                String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            return super.getRangeQuery(map(field), part1, part2, startInclusive, endInclusive);
        }
    }
}
