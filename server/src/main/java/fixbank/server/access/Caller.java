package fixbank.server.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asking: anyone on the network ({@link #ANONYMOUS}), or someone who presented a valid token, with
 * the name the token file gives them and the roles it grants.
 *
 * @param name how the caller is shown, such as "Dana Okafor (Service Desk)"; empty when anonymous
 * @param roles what the caller may do; empty when anonymous
 */
public record Caller(String name, Set<Role> roles) {

    public static final Caller ANONYMOUS = new Caller("", Set.of());

    public Caller {
        Objects.requireNonNull(name, "name");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A signed-in caller with {@code roles}. */
    public static Caller named(String name, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a signed-in caller has at least one role");
        }
        return new Caller(name, roles);
    }

    public boolean isAnonymous() {
        return roles.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the caller may see internal articles, drafts and articles in review. */
    public boolean isStaff() {
        return has(Role.STAFF);
    }
}
