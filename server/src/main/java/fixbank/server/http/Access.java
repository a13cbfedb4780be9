package fixbank.server.http;

import fixbank.server.access.Role;
import io.javalin.security.RouteRole;
import java.util.Optional;

/**
 * Who may call an endpoint, declared where the endpoint is registered: anyone, or callers holding a role.
 * {@link Authentication} enforces it before the handler runs; an endpoint that declares nothing is refused,
 * so a forgotten declaration fails closed.
 */
enum Access implements RouteRole {
    /** Anonymous callers too; what they see is still limited by the access rules of the core. */
    ANYONE(Optional.empty()),
    /** IT staff only. */
    STAFF(Optional.of(Role.STAFF)),
    /** Editors, reviewers and admins: write drafts and propose changes. */
    EDITOR(Optional.of(Role.EDITOR)),
    /** Reviewers and admins: approve and send back. */
    REVIEWER(Optional.of(Role.REVIEWER)),
    /** Admins only. */
    ADMIN(Optional.of(Role.ADMIN));

    private final Optional<Role> role;

    Access(Optional<Role> role) {
        this.role = role;
    }

    Optional<Role> role() {
        return role;
    }
}
