package fixbank.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fixbank.indexer.article.Status;
import fixbank.server.access.Caller;
import fixbank.server.http.TestServer;
import fixbank.server.index.LiveIndex;
import fixbank.server.validation.InvalidRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit on what one search may cost is reached, and answered with a 400-style refusal that says how to
 * narrow the query; the same kind of query within the limit is run.
 */
class QueryBudgetTest {

    @TempDir
    static Path temp;

    private static LiveIndex index;
    private static SearchService search;

    /** An article with 676 words of the form "wordab": each is two edits from "worda", "wordb" and so on. */
    @BeforeAll
    static void open() throws IOException {
        StringBuilder words = new StringBuilder();
        for (char first = 'a'; first <= 'z'; first++) {
            for (char second = 'a'; second <= 'z'; second++) {
                words.append("word").append(first).append(second).append(' ');
            }
        }
        Path file = temp.resolve("articles/reference/word-list.md");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file, TestServer.article("Word list", "reference", "", "public", "published", words.toString()));
        index = LiveIndex.open(temp.resolve("articles"), temp.resolve("index"), Duration.ofHours(1));
        search = new SearchService(index, QueryAnalysis.analyzer(Optional.empty()));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static long total(SearchService service, String query) throws IOException {
        return service.search(
                        new SearchRequest(query, 1, 10, List.of(), List.of(), Set.of(Status.PUBLISHED)),
                        Caller.ANONYMOUS)
                .total();
    }

    @Test
    void fuzzyTermsThatExpandToTooManyTermsAreRefused() throws IOException {
        assertEquals(1, total(search, "worda~ wordb~"), "two fuzzy words expand within the limit");
        // Each expands to 50 words of the body (the most a fuzzy term takes), and a few in the other fields:
        // 21 of them make over 1,070 clauses, past Lucene's 1,024.
        StringBuilder many = new StringBuilder();
        for (char letter = 'a'; letter < 'a' + 21; letter++) {
            many.append("word").append(letter).append("~ ");
        }
        InvalidRequestException e = assertThrows(
                InvalidRequestException.class,
                () -> total(search, many.toString().strip()));
        assertEquals("q", e.field());
        assertEquals("the query expands to too many terms; use fewer wildcards or longer prefixes", e.getMessage());
    }

    @Test
    void aSearchThatRunsOutOfTimeIsRefused() throws IOException {
        SearchService hurried = new SearchService(
                index,
                QueryAnalysis.analyzer(Optional.empty()),
                new QueryBudget(Duration.ZERO),
                SentenceQueries.none());
        assertEquals(1, total(search, "word*"), "with time to spare the wildcard is run");
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> total(hurried, "word*"));
        assertEquals("the query took too long; use fewer wildcards or fuzzy terms", e.getMessage());
    }

    @Test
    void aRegularExpressionTooComplexToCompileIsRefused() throws IOException {
        assertEquals(1, total(search, "/word[a-c]{2}/"), "a plain regular expression is run");
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> total(search, "/.*a.{20}/"));
        assertEquals("the regular expression is too complex; make it more specific", e.getMessage());
    }
}
