package fixbank.server.editing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * A draft as the API shows it: the front-matter fields by their names in article files ({@code review_by}),
 * and the sections as Markdown.
 */
public record DraftFields(
        String title,
        String summary,
        List<String> tags,
        List<String> systems,
        List<String> units,
        String visibility,
        String owner,
        @JsonProperty("review_by") String reviewBy,
        String intro,
        String symptoms,
        String cause,
        String resolution) {

    static DraftFields of(ArticleDraft draft) {
        return new DraftFields(
                draft.title(),
                draft.summary(),
                draft.tags(),
                draft.systems(),
                draft.units(),
                draft.visibility().key(),
                draft.owner(),
                draft.reviewBy().map(LocalDate::toString).orElse(""),
                draft.intro(),
                draft.symptoms(),
                draft.cause(),
                draft.resolution());
    }
}
