package fixbank.server.warmup;

import java.io.IOException;

/**
 * Sends a warm-up ticket to suggest the way a ticketing system does, through the server's HTTP side, so the
 * warm-up compiles the code of that side too (Jetty, Javalin, Jackson), not only the search core's.
 */
@FunctionalInterface
public interface TicketSender {

    /** Returns whether suggest answered the ticket as it would a ticketing system's; throws if it did not answer. */
    boolean send(WarmUpTicket ticket) throws IOException;
}
