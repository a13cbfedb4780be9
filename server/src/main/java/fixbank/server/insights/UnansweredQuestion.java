package fixbank.server.insights;

import java.util.List;

/**
 * A need Fixbank did not meet, however it was worded: searches with no results, searches whose results
 * nobody opened, or draft tickets sent to the service desk although no known fix was called helpful.
 *
 * @param kind {@code no-results}, {@code not-opened} or {@code sent-anyway}
 * @param wording the wording used most often
 * @param examples up to three distinct wordings, newest first
 * @param last when it was last asked, an ISO instant
 */
public record UnansweredQuestion(String kind, String wording, long count, List<String> examples, String last) {

    public record Report(List<UnansweredQuestion> questions) {

        public CsvTable table() {
            return new CsvTable(
                    List.of("kind", "wording", "count", "examples", "last asked"),
                    questions.stream()
                            .map(q -> List.of(
                                    q.kind(),
                                    q.wording(),
                                    Long.toString(q.count()),
                                    String.join(" | ", q.examples()),
                                    q.last()))
                            .toList());
        }
    }
}
