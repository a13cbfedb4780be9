package fixbank.server.insights;

import java.util.List;

/**
 * What became of draft tickets, week by week (weeks start on Monday, UTC), oldest first, and in all.
 * {@code solved}: not sent, and a known fix was called helpful, or one was opened and none called unhelpful;
 * {@code sentAnyway}: sent to the service desk all the same; {@code noOutcome}: neither (yet).
 */
public record Deflection(List<Week> weeks, Counts totals) {

    public record Week(String week, long started, long solved, long sentAnyway, long noOutcome) {}

    public record Counts(long started, long solved, long sentAnyway, long noOutcome) {}

    public CsvTable table() {
        return new CsvTable(
                List.of("week", "started", "solved", "sent anyway", "no outcome"),
                weeks.stream()
                        .map(w -> List.of(
                                w.week(),
                                Long.toString(w.started()),
                                Long.toString(w.solved()),
                                Long.toString(w.sentAnyway()),
                                Long.toString(w.noOutcome())))
                        .toList());
    }
}
