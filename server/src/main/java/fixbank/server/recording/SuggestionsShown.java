package fixbank.server.recording;

import java.sql.SQLException;
import java.util.List;

/**
 * Known fixes shown for a draft ticket. Asked for again as the ticket is typed: the journey keeps the latest
 * text, and each article its best rank.
 *
 * @param source where the ticket is typed: {@code report}, {@code widget} or {@code api}
 * @param audience {@code public} or {@code staff}
 */
public record SuggestionsShown(
        ClientId journey, long at, String source, String audience, String title, String description, List<Shown> shown)
        implements Event {

    /** One known fix, at its rank (1 first), in the version shown. */
    public record Shown(String articleId, String version, int rank) {}

    public SuggestionsShown {
        shown = List.copyOf(shown);
    }

    @Override
    public void storeIn(EventStore store) throws SQLException {
        store.suggestionsShown(this);
    }
}
