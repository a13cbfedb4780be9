package fixbank.server.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing done to an article: when (an ISO instant), by whom (a staff member's name), what ({@code action}),
 * to which article and version, and a short note.
 *
 * @param version null when the action is not about one version
 * @param detail null when there is nothing to add
 */
public record AuditEntry(
        String at,
        String actor,
        String action,
        String articleId,
        @JsonInclude(JsonInclude.Include.ALWAYS) String version,
        @JsonInclude(JsonInclude.Include.ALWAYS) String detail) {}
