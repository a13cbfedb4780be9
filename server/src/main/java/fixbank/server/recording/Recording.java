package fixbank.server.recording;

import fixbank.server.access.Audience;
import fixbank.server.access.Caller;
import fixbank.server.suggest.SuggestRequest;
import fixbank.server.suggest.SuggestResult;
import fixbank.server.suggest.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the HTTP layer tells about how Fixbank is used, turned into events for the {@link EventRecorder}: all
 * of it a no-op when recording is off ({@link #off}), and none of it ever waits for the database.
 */
public final class Recording {

    private final Optional<EventRecorder> recorder;

    private Recording(Optional<EventRecorder> recorder) {
        this.recorder = recorder;
    }

    public static Recording off() {
        return new Recording(Optional.empty());
    }

    public static Recording to(EventRecorder recorder) {
        return new Recording(Optional.of(recorder));
    }

    public boolean isOn() {
        return recorder.isPresent();
    }

    public Optional<RecorderStatus> status() {
        return recorder.map(EventRecorder::status);
    }

    /** Known fixes shown for the draft ticket {@code journey}, when the caller named one. */
    public void suggestionsShown(
            Optional<ClientId> journey, String source, Caller caller, SuggestRequest request, SuggestResult result) {
        if (recorder.isEmpty() || journey.isEmpty()) {
            return;
        }
        List<SuggestionsShown.Shown> shown = new ArrayList<>();
        List<Suggestion> suggestions = result.suggestions();
        for (int i = 0; i < suggestions.size(); i++) {
            shown.add(new SuggestionsShown.Shown(
                    suggestions.get(i).id(), suggestions.get(i).version(), i + 1));
        }
        EventRecorder on = recorder.get();
        on.record(new SuggestionsShown(
                journey.get(), on.now(), source, audience(caller), request.title(), request.description(), shown));
    }

    /** A search and its number of results, when the caller named it; searches for nothing are not recorded. */
    public void searched(Optional<ClientId> search, Caller caller, String query, long results) {
        if (recorder.isEmpty() || search.isEmpty() || query.isBlank()) {
            return;
        }
        EventRecorder on = recorder.get();
        on.record(new SearchMade(search.get(), on.now(), audience(caller), query, results));
    }

    /** An article opened from a journey's known fixes or a search's results. */
    public void opened(Optional<ClientId> journey, Optional<ClientId> search, String articleId, String version) {
        recorder.ifPresent(on -> {
            journey.ifPresent(
                    id -> on.record(new ArticleOpened(ArticleOpened.From.JOURNEY, id, articleId, version, on.now())));
            search.ifPresent(
                    id -> on.record(new ArticleOpened(ArticleOpened.From.SEARCH, id, articleId, version, on.now())));
        });
    }

    /** The draft ticket was sent to the service desk. */
    public void ticketSent(ClientId journey) {
        recorder.ifPresent(on -> on.record(new TicketSent(journey, on.now())));
    }

    private static String audience(Caller caller) {
        return Audience.of(caller).name().toLowerCase(Locale.ROOT);
    }
}
