package fixbank.server.editing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One entry of the review queue: a new article not yet published, or a change waiting beside a published
 * one ({@code change}).
 *
 * @param status {@code review} when submitted, {@code draft} while still being written or after being sent
 *     back
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReviewItem(
        String id,
        String title,
        String status,
        boolean change,
        String owner,
        List<String> authors,
        EditView.SentBack sentBack,
        String href) {}
