package fixbank.server.insights;

import java.util.List;

/**
 * An article its owner should look at, and why: its current version is mostly called unhelpful, or someone
 * said it did not help, or it is out of date; its review date has passed or is within 30 days; it awaits
 * review; or it has no owner. With the latest comments readers left on it.
 *
 * @param owner null when none is named
 * @param reviewBy ISO date, or null
 * @param why {@code mostly-not-helpful} or {@code negative-feedback}, {@code out-of-date}, {@code review-overdue}
 *     or {@code review-due-soon}, {@code pending-review}, {@code no-owner}
 */
public record Attention(
        String id,
        String title,
        String owner,
        String reviewBy,
        String href,
        List<String> why,
        long helpful,
        long notHelpful,
        List<Comment> comments) {

    /** A reader's comment; {@code at} an ISO instant, {@code reason} null when none was given. */
    public record Comment(String at, String reason, String comment) {}

    public record Report(List<Attention> articles) {

        public CsvTable table() {
            return new CsvTable(
                    List.of("id", "title", "owner", "review by", "why", "helpful", "not helpful", "latest comment"),
                    articles.stream()
                            .map(a -> List.of(
                                    a.id(),
                                    a.title(),
                                    ArticleUse.nullToEmpty(a.owner()),
                                    ArticleUse.nullToEmpty(a.reviewBy()),
                                    String.join(" ", a.why()),
                                    Long.toString(a.helpful()),
                                    Long.toString(a.notHelpful()),
                                    a.comments().isEmpty()
                                            ? ""
                                            : a.comments().get(0).comment()))
                            .toList());
        }
    }
}
