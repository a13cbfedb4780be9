package fixbank.server.index;

/** The index is still being brought up to date at start-up; the request should be tried again shortly. */
public class IndexNotReadyException extends RuntimeException {

    public IndexNotReadyException() {
        super("Fixbank is starting: the index is being brought up to date; try again in a few seconds");
    }
}
