package fixbank.server.editing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A revision as a reviewer weighs it: the revision itself, an inline diff of its text against the published
 * article (every line added when there is none), its body rendered as readers will see it, and whether this
 * caller may approve it.
 *
 * @param mayApprove false for callers without the reviewer role, for the revision's own authors, and for a
 *     revision not submitted
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReviewDetail(EditView revision, List<DiffLine> diff, String html, boolean mayApprove) {}
