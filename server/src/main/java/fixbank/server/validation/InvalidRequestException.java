package fixbank.server.validation;

/**
 * A caller's mistake, named by the parameter at fault and the rule it broke. The HTTP layer answers it with
 * a 400 and this message; it never carries internals.
 */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
