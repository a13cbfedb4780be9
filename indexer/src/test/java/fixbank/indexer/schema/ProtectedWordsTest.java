package fixbank.indexer.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProtectedWordsTest {

    private static final String LIST = "# product names\nteams\nwindows\nnews\n";

    private static String digest(String text) {
        return ProtectedWords.parse(text).digest();
    }

    @Test
    void orderCaseCommentsBlankLinesAndDuplicatesLeaveTheDigestAlone() {
        String same = "\n  News  \n# a comment that was not there before\nWINDOWS\n\nTeams\nteams\n";
        assertEquals(digest(LIST), digest(same));
    }

    @Test
    void addingRemovingOrRespellingAWordChangesTheDigest() {
        assertNotEquals(digest(LIST), digest(LIST + "forms\n"), "added");
        assertNotEquals(digest(LIST), digest("teams\nwindows\n"), "removed");
        assertNotEquals(digest(LIST), digest("teams\nwindow\nnews\n"), "respelled");
    }

    @Test
    void aWordCommentedOutIsNoLongerProtected() {
        assertNotEquals(digest(LIST), digest(LIST.replace("news", "# news")));
        assertFalse(ProtectedWords.parse(LIST.replace("news", "# news")).asSet().contains("news"));
    }

    @Test
    void theAnalyzerMatchesTheWordsInAnyCase() {
        assertTrue(ProtectedWords.parse("Teams\n").asSet().contains("teams"));
        assertTrue(ProtectedWords.parse("teams\n").asSet().contains("TEAMS"));
    }
}
