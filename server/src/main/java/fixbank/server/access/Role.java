package fixbank.server.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a signed-in caller may do beyond reading public articles. */
public enum Role {
    /** IT staff: read internal articles, drafts and articles in review. */
    STAFF;

    /** The name used in token files and in the API, such as {@code staff}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromKey(String key) {
        return Arrays.stream(values()).filter(role -> role.key().equals(key)).findFirst();
    }
}
