package fixbank.server.search;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What to tell a person whose search does not read as query syntax, in plain words: the query parser's own
 * messages ("Lexical error at line 1, column 2. Encountered: &lt;EOF&gt;") mean nothing to a nurse. The text
 * itself is looked at for the usual slips — an unclosed quotation mark or bracket, AND/OR/NOT without a word
 * on each side, a word starting with a wildcard, a field name that does not exist — and a general hint
 * covers the rest.
 */
final class SyntaxAdvice {

    private static final Pattern LEADING_WILDCARD = Pattern.compile("(^|[\\s(:])[*?]");
    private static final Pattern DANGLING_OPERATOR =
            Pattern.compile("^\\s*(AND|OR)\\b|\\b(AND|OR|NOT)\\s*$|\\b(AND|OR|NOT)\\s+(AND|OR|NOT)\\b");
    private static final Pattern LONE_SIGN = Pattern.compile("(^|\\s)[+\\-!](\\s|$)");

    private SyntaxAdvice() {}

    /** The notice for {@code text}, which the parser could not read; {@code unknownField} when that was why. */
    static String forQuery(String text, Optional<String> unknownField) {
        return "The search could not be read as query syntax: " + advice(text, unknownField)
                + " Its words were searched instead.";
    }

    private static String advice(String text, Optional<String> unknownField) {
        if (unknownField.isPresent()) {
            return unknownField.get() + ".";
        }
        if (count(text, '"') % 2 != 0) {
            return "a quotation mark is not closed.";
        }
        String unquoted = text.replaceAll("\"[^\"]*\"", "\"\"");
        if (!balanced(unquoted, '(', ')') || !balanced(unquoted, '[', ']') || !balanced(unquoted, '{', '}')) {
            return "a bracket is not closed, or closes one that was not opened.";
        }
        if (LEADING_WILDCARD.matcher(unquoted).find()) {
            return "a word cannot start with * or ?; type at least its first letter.";
        }
        if (DANGLING_OPERATOR.matcher(unquoted).find()) {
            return "AND and OR need a word on each side, and NOT a word after it.";
        }
        if (LONE_SIGN.matcher(unquoted).find()) {
            return "+, - and ! go right before a word, with no space after them.";
        }
        if (unquoted.strip().endsWith("\\")) {
            return "a backslash at the end escapes nothing.";
        }
        return "put phrases in quotation marks, close every bracket, and write field:word with no space.";
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    private static boolean balanced(String text, char open, char close) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
