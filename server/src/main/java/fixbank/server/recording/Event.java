package fixbank.server.recording;

import java.sql.SQLException;

/**
 * Something that happened, queued by a request and stored later by the {@link EventRecorder}'s writer. An
 * event holds text as typed; it is scrubbed when stored, off the request's thread.
 */
public sealed interface Event permits SuggestionsShown, SearchMade, ArticleOpened, TicketSent {

    void storeIn(EventStore store) throws SQLException;
}
