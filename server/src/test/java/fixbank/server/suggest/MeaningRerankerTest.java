package fixbank.server.suggest;

import static fixbank.server.suggest.FixtureArticles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.indexer.build.IndexBuilder;
import fixbank.indexer.semantic.SentenceEmbedder;
import fixbank.server.access.Caller;
import fixbank.server.index.LiveIndex;
import fixbank.server.learning.LearnedEvidence;
import fixbank.server.search.QueryAnalysis;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Semantic re-ranking of suggestions ({@code --semantic on}), against the same articles ranked by words alone. */
class MeaningRerankerTest {

    @TempDir
    static Path temp;

    private static SentenceEmbedder embedder;
    private static LiveIndex withVectors;
    private static LiveIndex withoutVectors;
    private static SuggestService byMeaning;
    private static SuggestService byWords;
    private static SuggestService byMeaningWithoutVectors;

    @BeforeAll
    static void index() throws Exception {
        Path articles = temp.resolve("articles");
        // Both titles hold "account", the ticket's only telling word, once in as many words: words alone
        // cannot tell these two apart.
        write(articles, "access/sign-in-fails", "Sign-in to account fails", "The sign-in page returns an error.");
        write(articles, "access/account-name-wrong", "Wrong name on account", "The page shows another person's name.");
        // One "account" each, in titles a little longer, so words rank them just below the two above: the
        // shorter title (stock orders) first, though only the other is about getting into an account.
        write(
                articles,
                "finance/account-codes-for-stock-orders",
                "Account codes for ward stock orders",
                "Each order needs a cost centre.");
        write(
                articles,
                "access/account-locked-out",
                "Account locked out, sign-in refused at login",
                "Too many wrong passwords lock you out.");
        write(
                articles,
                "access/access-denied",
                "Access denied 0x80070005 on the shared drive",
                "Error 0x80070005 when opening the folder.");
        write(
                articles,
                "access/permissions",
                "Cannot open the shared folder, a permission problem",
                "You are not allowed into the folder because your permissions were never granted.");
        embedder = SentenceEmbedder.load();
        withVectors = LiveIndex.open(
                articles, temp.resolve("semantic"), Duration.ofDays(1), IndexBuilder.withMeaning(embedder));
        withoutVectors = LiveIndex.open(articles, temp.resolve("plain"), Duration.ofDays(1));
        byMeaning = new SuggestService(
                withVectors,
                QueryAnalysis.analyzer(Optional.empty()),
                Optional.of(embedder),
                0,
                LearnedEvidence.none());
        byWords = new SuggestService(withVectors, QueryAnalysis.analyzer(Optional.empty()));
        byMeaningWithoutVectors = new SuggestService(
                withoutVectors,
                QueryAnalysis.analyzer(Optional.empty()),
                Optional.of(embedder),
                0,
                LearnedEvidence.none());
    }

    @AfterAll
    static void close() throws Exception {
        withVectors.close();
        withoutVectors.close();
        embedder.close();
    }

    private static List<Suggestion> suggestions(SuggestService suggest, String title) throws Exception {
        return suggest.suggest(new SuggestRequest(title, "", 10), Caller.ANONYMOUS)
                .suggestions();
    }

    private static List<String> ids(SuggestService suggest, String title) throws Exception {
        return suggestions(suggest, title).stream().map(Suggestion::id).toList();
    }

    @Test
    void whenWordsCannotTellArticlesApartMeaningDecides() throws Exception {
        String ticket = "I can't get into my account";
        Map<String, Float> wordScores =
                suggestions(byWords, ticket).stream().collect(Collectors.toMap(Suggestion::id, Suggestion::score));
        assertEquals(
                wordScores.get("access/sign-in-fails"), wordScores.get("access/account-name-wrong"), "a tie on words");
        Map<String, Float> meaningScores =
                suggestions(byMeaning, ticket).stream().collect(Collectors.toMap(Suggestion::id, Suggestion::score));
        assertTrue(
                meaningScores.get("access/sign-in-fails") > meaningScores.get("access/account-name-wrong"),
                meaningScores.toString());
    }

    @Test
    void meaningReordersWhatWordsFoundAndAddsNothing() throws Exception {
        String ticket = "I can't get into my account";
        String stockOrders = "finance/account-codes-for-stock-orders";
        String lockedOut = "access/account-locked-out";

        List<String> byWordsAlone = ids(byWords, ticket);
        assertTrue(
                byWordsAlone.indexOf(stockOrders) >= 0
                        && byWordsAlone.indexOf(stockOrders) < byWordsAlone.indexOf(lockedOut),
                "words alone put the stock-order codes before the locked-out account: " + byWordsAlone);

        List<String> withMeaning = ids(byMeaning, ticket);
        assertTrue(
                withMeaning.indexOf(lockedOut) >= 0
                        && withMeaning.indexOf(lockedOut) < withMeaning.indexOf(stockOrders),
                "meaning puts the locked-out account before the stock-order codes: " + withMeaning);

        assertEquals(new HashSet<>(byWordsAlone), new HashSet<>(withMeaning), "the same articles, reordered");
        assertEquals(byWordsAlone.size(), withMeaning.size());
    }

    @Test
    void anIndexWithoutVectorsKeepsTheOrderOfWords() throws Exception {
        String ticket = "Access denied when I open the shared folder";
        assertEquals(ids(byWords, ticket), ids(byMeaningWithoutVectors, ticket));
    }
}
