package fixbank.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import fixbank.server.editing.DraftFields;
import fixbank.server.editing.EditView;

/**
 * The answer to a write that would overwrite something unseen (409): why, what is there now
 * ({@code current}, with the version to name when saving over it) and what was sent ({@code yours}). The two
 * are absent when the conflict is with the revision's state rather than its text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EditConflict(String error, EditView current, DraftFields yours) {}
