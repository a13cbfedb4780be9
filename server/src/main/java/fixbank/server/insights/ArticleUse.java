package fixbank.server.insights;

import java.util.List;
import java.util.Map;

/**
 * How one article's current version fared: shown among known fixes, opened (from fixes or search results),
 * called helpful or not (with the reasons given), how many draft tickets it solved (not sent, and it was called
 * helpful, or opened with no fix called unhelpful), and how often a ticket was sent anyway after it was opened.
 *
 * @param owner null when none is named
 * @param reviewBy ISO date, or null
 */
public record ArticleUse(
        String id,
        String title,
        String owner,
        String version,
        long shown,
        long opened,
        long helpful,
        long notHelpful,
        Map<String, Long> reasons,
        long solved,
        long sentAfterOpening,
        String reviewBy,
        String href) {

    public record Report(List<ArticleUse> articles) {

        public CsvTable table() {
            return new CsvTable(
                    List.of(
                            "id",
                            "title",
                            "owner",
                            "version",
                            "shown",
                            "opened",
                            "helpful",
                            "not helpful",
                            "did not work",
                            "not my problem",
                            "hard to follow",
                            "out of date",
                            "sent after opening",
                            "review by"),
                    articles.stream()
                            .map(a -> List.of(
                                    a.id(),
                                    a.title(),
                                    nullToEmpty(a.owner()),
                                    a.version(),
                                    Long.toString(a.shown()),
                                    Long.toString(a.opened()),
                                    Long.toString(a.helpful()),
                                    Long.toString(a.notHelpful()),
                                    Long.toString(a.reasons().getOrDefault("did-not-work", 0L)),
                                    Long.toString(a.reasons().getOrDefault("not-my-problem", 0L)),
                                    Long.toString(a.reasons().getOrDefault("hard-to-follow", 0L)),
                                    Long.toString(a.reasons().getOrDefault("out-of-date", 0L)),
                                    Long.toString(a.solved()),
                                    Long.toString(a.sentAfterOpening()),
                                    nullToEmpty(a.reviewBy())))
                            .toList());
        }
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
