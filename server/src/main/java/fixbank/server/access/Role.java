package fixbank.server.access;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a signed-in caller may do beyond reading public articles. Each role includes the ones before it: an
 * editor is also staff, a reviewer also an editor, an admin everything.
 */
public enum Role {
    /** IT staff: read internal articles, drafts and articles in review. */
    STAFF,
    /** May also write drafts and propose changes to articles. */
    EDITOR,
    /** May also approve and publish the changes of others. */
    REVIEWER,
    /** May also manage units and read the audit log. */
    ADMIN;

    /** This role and every role it includes. */
    public Set<Role> withIncluded() {
        return Collections.unmodifiableSet(EnumSet.range(STAFF, this));
    }

    /** The name used in token files and in the API, such as {@code staff}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromKey(String key) {
        return Arrays.stream(values()).filter(role -> role.key().equals(key)).findFirst();
    }
}
