package fixbank.server.recording;

import fixbank.server.validation.InvalidRequestException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An id a browser or ticketing system makes up and sends back: a journey (one draft ticket), a search (one
 * burst of typing) or a session (one reader, for counting feedback once). Random, so it says nothing about
 * who sent it; bounded, so it cannot carry text.
 */
public record ClientId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    public ClientId {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a client id");
        }
    }

    /**
     * The id in {@code value}, or empty when none was sent.
     *
     * @throws InvalidRequestException naming {@code field} when the value is not 16 to 64 letters, digits,
     *     '-' or '_'
     */
    public static Optional<ClientId> parse(String value, String field) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (!FORM.matcher(value).matches()) {
            throw new InvalidRequestException(
                    field,
                    field + " must be 16 to 64 letters, digits, '-' or '_', such as a random UUID without dashes");
        }
        return Optional.of(new ClientId(value));
    }
}
