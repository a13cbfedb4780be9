package fixbank.server.recording;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The batch with each journey's known fixes shown as one event, where the first of them was: the latest
     * text, and each article at its best rank in its latest version. While a ticket is typed, a batch holds
     * several for one journey; stored as one, they cost one write instead of many. Other events keep their
     * order, and come after the journey's first showing as before.
     */
    static List<Event> merged(List<Event> batch) {
        List<Event> merged = new ArrayList<>(batch.size());
        Map<ClientId, Integer> positions = new HashMap<>();
        for (Event event : batch) {
            if (event instanceof SuggestionsShown shown) {
                Integer position = positions.get(shown.journey());
                if (position != null) {
                    merged.set(position, ((SuggestionsShown) merged.get(position)).then(shown));
                    continue;
                }
                positions.put(shown.journey(), merged.size());
            }
            merged.add(event);
        }
        return merged;
    }

    private SuggestionsShown then(SuggestionsShown later) {
        Map<String, Shown> best = new LinkedHashMap<>();
        for (Shown article : shown) {
            best.put(article.articleId(), article);
        }
        for (Shown article : later.shown) {
            Shown earlier = best.get(article.articleId());
            int rank = earlier == null ? article.rank() : Math.min(earlier.rank(), article.rank());
            best.put(article.articleId(), new Shown(article.articleId(), article.version(), rank));
        }
        return new SuggestionsShown(
                journey, at, later.source, later.audience, later.title, later.description, List.copyOf(best.values()));
    }

    @Override
    public void storeIn(EventStore store) throws SQLException {
        store.suggestionsShown(this);
    }
}
