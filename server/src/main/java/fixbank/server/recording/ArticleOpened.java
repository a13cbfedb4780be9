package fixbank.server.recording;

import java.sql.SQLException;

/** An article opened from a journey's known fixes or from a search's results. */
public record ArticleOpened(From from, ClientId id, String articleId, String version, long at) implements Event {

    /** Where the reader came from. */
    public enum From {
        JOURNEY,
        SEARCH
    }

    @Override
    public void storeIn(EventStore store) throws SQLException {
        store.articleOpened(this);
    }
}
