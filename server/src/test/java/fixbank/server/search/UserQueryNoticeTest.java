package fixbank.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A search that does not read as query syntax is searched as words, with a notice that says in plain words
 * what to change, never the query parser's own wording (#11 item 5).
 */
class UserQueryNoticeTest {

    /** Words only a parser says: a person searching for a fix should never read them. */
    private static final Pattern PARSER_WORDS =
            Pattern.compile("Lexical|Encountered|<EOF>|line \\d+, column|Cannot parse|Was expecting|TokenMgr");

    private static final UserQuery QUERIES = userQuery();

    private static UserQuery userQuery() {
        try {
            return new UserQuery(QueryAnalysis.analyzer(Optional.empty()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String notice(String text) {
        return QUERIES.parse(text).notice().orElseThrow(() -> new AssertionError("no notice for " + text));
    }

    @Test
    void eachUsualSlipGetsItsOwnAdvice() {
        Map<String, String> advice = Map.of(
                "printer \"offline", "a quotation mark is not closed",
                "printer (offline", "a bracket is not closed",
                "printer offline)", "closes one that was not opened",
                "[a TO", "a bracket is not closed",
                "printer AND", "AND and OR need a word on each side",
                "OR printer", "AND and OR need a word on each side",
                "*rinter", "a word cannot start with * or ?",
                "printer \\", "a backslash at the end",
                "owner:dana", "there is no field 'owner' to search in; use one of body, cause");
        advice.forEach((query, expected) -> {
            String notice = notice(query);
            assertTrue(notice.contains(expected), query + " → " + notice);
            assertTrue(notice.startsWith("The search could not be read as query syntax: "), notice);
            assertTrue(notice.endsWith(" Its words were searched instead."), notice);
        });
    }

    @Test
    void readableSyntaxHasNoNotice() {
        for (String query :
                List.of("title:printer", "\"ribbon is loaded\"", "printer AND offline NOT wristband", "wristb*")) {
            assertEquals(Optional.empty(), QUERIES.parse(query).notice(), query);
        }
    }

    @Property(tries = 500)
    void noNoticeQuotesTheParser(@ForAll("syntax") String query) {
        QUERIES.parse(query)
                .notice()
                .ifPresent(notice -> assertFalse(PARSER_WORDS.matcher(notice).find(), query + " → " + notice));
    }

    @Provide
    Arbitrary<String> syntax() {
        return Arbitraries.strings()
                .withChars("ab :*?~^()[]{}/\\\"+-!&|")
                .ofMaxLength(30)
                .map(text -> text.replace("&", " AND ").replace("|", " OR "));
    }
}
