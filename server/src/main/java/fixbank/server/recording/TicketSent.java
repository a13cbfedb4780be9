package fixbank.server.recording;

import java.sql.SQLException;

/** The draft ticket was sent to the service desk: the known fixes shown did not prevent it. */
public record TicketSent(ClientId journey, long at) implements Event {

    @Override
    public void storeIn(EventStore store) throws SQLException {
        store.ticketSent(this);
    }
}
