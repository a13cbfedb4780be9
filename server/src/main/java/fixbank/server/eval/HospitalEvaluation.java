package fixbank.server.eval;

import fixbank.server.config.SearchSettings;
import fixbank.server.eval.HospitalScore.Cutoff;
import fixbank.server.eval.HospitalScore.Miss;
import fixbank.server.eval.HospitalScore.NoMatch;
import fixbank.server.eval.HospitalTicket.Style;
import fixbank.server.suggest.SuggestResult;
import fixbank.server.suggest.SuggestService;
import fixbank.server.suggest.Suggestion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the hospital draft tickets as {@code eval/hospital-tickets-README.md} says: each ticket goes through
 * {@link SuggestService}, the code behind {@code POST /api/suggest}, for ten suggestions, per
 * {@link HospitalTrack} and {@link HospitalCaller}. A ticket counts as answered at the place of the first of
 * its expected articles.
 */
public final class HospitalEvaluation {

    /** The server's default cut-off, whose effect is reported apart; tickets are ranked with none. */
    private static final float MIN_CONFIDENCE = SearchSettings.DEFAULT_MIN_CONFIDENCE;

    private final SuggestService suggest;

    public HospitalEvaluation(SuggestService suggest) {
        this.suggest = suggest;
    }

    /** One score per caller and track, callers first. */
    public List<HospitalScore> run(List<HospitalTicket> tickets) throws IOException {
        List<HospitalScore> scores = new ArrayList<>();
        for (HospitalCaller caller : HospitalCaller.values()) {
            for (HospitalTrack track : HospitalTrack.values()) {
                scores.add(score(tickets, caller, track));
            }
        }
        return scores;
    }

    private HospitalScore score(List<HospitalTicket> tickets, HospitalCaller caller, HospitalTrack track)
            throws IOException {
        List<Integer> ranks = new ArrayList<>();
        Map<Style, List<Integer>> ranksByStyle = new EnumMap<>(Style.class);
        List<Double> rightTopScores = new ArrayList<>();
        List<NoMatch> noMatches = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        int rightWithheld = 0;
        for (HospitalTicket ticket : tickets) {
            if (ticket.answerable() && !caller.scores(ticket)) {
                continue;
            }
            SuggestResult result = suggest.suggest(track.request(ticket), caller.caller());
            List<Suggestion> suggestions = result.suggestions();
            if (!ticket.answerable()) {
                noMatches.add(
                        suggestions.isEmpty()
                                ? new NoMatch(ticket.title(), 0, "", 0, 0)
                                : new NoMatch(
                                        ticket.title(),
                                        suggestions.size(),
                                        suggestions.get(0).id(),
                                        suggestions.get(0).score(),
                                        suggestions.get(0).confidence()));
                continue;
            }
            int rank = RankMetrics.rank(suggestions, ticket.expected());
            ranks.add(rank);
            ranksByStyle.computeIfAbsent(ticket.style(), s -> new ArrayList<>()).add(rank);
            if (rank == 1) {
                rightTopScores.add((double) suggestions.get(0).score());
                rightWithheld += suggestions.get(0).confidence() < MIN_CONFIDENCE ? 1 : 0;
            } else {
                misses.add(new Miss(
                        ticket.title(),
                        rank,
                        ticket.expected(),
                        suggestions.isEmpty() ? "(nothing)" : suggestions.get(0).id()));
            }
        }
        Map<Style, RankMetrics> byStyle = new EnumMap<>(Style.class);
        ranksByStyle.forEach((style, styleRanks) -> byStyle.put(style, RankMetrics.of(styleRanks)));
        return new HospitalScore(
                caller,
                track,
                RankMetrics.of(ranks),
                byStyle,
                median(rightTopScores),
                noMatches,
                misses,
                new Cutoff(
                        MIN_CONFIDENCE,
                        (int) noMatches.stream()
                                .filter(none -> none.returned() > 0 && none.topConfidence() >= MIN_CONFIDENCE)
                                .count(),
                        noMatches.size(),
                        rightWithheld,
                        rightTopScores.size()));
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
