package fixbank.server.editing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The revision an editor works on: a proposed change when one is waiting ({@code change}), else the
 * article's own file. {@code version} is what {@code If-Match} must name to save over it.
 *
 * @param publishedVersion for a change, the version of the published file; null otherwise
 * @param authors who created or edited this revision since the article was last approved: they may not
 *     approve it
 * @param sentBack the reviewer's comment when the revision was last sent back; null when it was not
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EditView(
        String id,
        String version,
        String status,
        boolean change,
        String publishedVersion,
        DraftFields fields,
        List<String> authors,
        SentBack sentBack) {

    /** A reviewer's reason for sending a revision back. */
    public record SentBack(String by, String at, String comment) {}
}
