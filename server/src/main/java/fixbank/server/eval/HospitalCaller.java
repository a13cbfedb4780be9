package fixbank.server.eval;

import fixbank.server.access.Caller;
import fixbank.server.access.Role;
import fixbank.server.eval.HospitalTicket.Audience;
import java.util.Locale;
import java.util.Set;

/**
 * Who sends the hospital tickets: an anonymous caller, scored only on tickets whose article is public (it
 * cannot see the others), or IT staff with a token, scored on every answerable ticket.
 */
public enum HospitalCaller {
    ANONYMOUS(Caller.ANONYMOUS, Set.of(Audience.PUBLIC)),
    STAFF(Caller.named("relevance evaluation", Set.of(Role.STAFF)), Set.of(Audience.PUBLIC, Audience.STAFF));

    private final Caller caller;
    private final Set<Audience> scored;

    HospitalCaller(Caller caller, Set<Audience> scored) {
        this.caller = caller;
        this.scored = scored;
    }

    /** The caller suggest sees. */
    Caller caller() {
        return caller;
    }

    /** Whether this caller's ranking of {@code ticket} counts towards its scores. */
    boolean scores(HospitalTicket ticket) {
        return scored.contains(ticket.audience());
    }

    /** The name in reports and baseline keys: {@code anonymous} or {@code staff}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
