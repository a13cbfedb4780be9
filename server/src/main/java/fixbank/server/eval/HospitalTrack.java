package fixbank.server.eval;

import fixbank.server.suggest.SuggestRequest;

/**
 * How a hospital ticket is sent to suggest, for ten suggestions: title and description as the separate
 * fields of a filed ticket (TD), or the title alone (T).
 */
public enum HospitalTrack {
    TD,
    T;

    SuggestRequest request(HospitalTicket ticket) {
        return new SuggestRequest(ticket.title(), this == TD ? ticket.description() : "", 10);
    }
}
