package fixbank.server.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsShownTest {

    private static final ClientId TICKET = new ClientId("journey-0123456789abcdef");
    private static final ClientId OTHER = new ClientId("journey-other-0123456789");

    private static SuggestionsShown shown(ClientId journey, long at, String title, SuggestionsShown.Shown... articles) {
        return new SuggestionsShown(journey, at, "report", "public", title, "", List.of(articles));
    }

    @Test
    void oneJourneysShowingsInABatchBecomeOneAtTheFirstWithTheLatestTextAndBestRanks() {
        SuggestionsShown first = shown(TICKET, 1, "print", new SuggestionsShown.Shown("a", "v1", 2));
        ArticleOpened opened = new ArticleOpened(ArticleOpened.From.JOURNEY, TICKET, "a", "v1", 2);
        SuggestionsShown other = shown(OTHER, 3, "scanner", new SuggestionsShown.Shown("c", "v1", 1));
        SuggestionsShown later = shown(
                TICKET,
                4,
                "printer jam",
                new SuggestionsShown.Shown("b", "v1", 1),
                new SuggestionsShown.Shown("a", "v2", 3));

        List<Event> merged = SuggestionsShown.merged(List.of(first, opened, other, later));

        assertEquals(
                List.of(
                        shown(
                                TICKET,
                                1,
                                "printer jam",
                                new SuggestionsShown.Shown("a", "v2", 2),
                                new SuggestionsShown.Shown("b", "v1", 1)),
                        opened,
                        other),
                merged);
    }
}
