package fixbank.server.recording;

import java.sql.SQLException;

/** A search and how many results it had; asked for again as it is refined, the latest wording is kept. */
public record SearchMade(ClientId search, long at, String audience, String query, long results) implements Event {

    @Override
    public void storeIn(EventStore store) throws SQLException {
        store.searchMade(this);
    }
}
