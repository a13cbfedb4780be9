package fixbank.server.access;

/** A caller asked for something its role does not allow; the message says what and why. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
