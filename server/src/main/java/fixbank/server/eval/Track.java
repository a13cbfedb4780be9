package fixbank.server.eval;

import java.util.function.Function;

/**
 * How a known-item row is sent to suggest, as a ticketing system would: the title, the description, both,
 * the title half-typed, the title with typos, or (for the paraphrase set) whatever the row has.
 */
public enum Track {
    T(q -> new String[] {q.title(), ""}),
    D(q -> new String[] {"", q.description()}),
    TD(q -> new String[] {q.title(), q.description()}),
    P(q -> new String[] {q.typing(), ""}),
    Y(q -> new String[] {q.typo(), ""}),
    PARAPHRASE(q -> new String[] {q.title(), q.description()});

    private final Function<EvalQuery, String[]> fields;

    Track(Function<EvalQuery, String[]> fields) {
        this.fields = fields;
    }

    /** The title and description to send. */
    public String[] fieldsOf(EvalQuery query) {
        return fields.apply(query);
    }
}
