package fixbank.server.eval;

import fixbank.server.eval.HospitalScore.NoMatch;
import fixbank.server.eval.HospitalTicket.Style;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the hospital ticket scores for a person: per caller and track, overall and per style, then no-matches. */
final class HospitalReport {

    private HospitalReport() {}

    static void print(String bank, List<HospitalScore> scores, PrintStream out) {
        out.println("Hospital draft tickets (dev-hospital-tickets.jsonl) against " + bank + ", 10 suggestions:");
        out.println("caller    track style" + RankMetrics.HEADER);
        for (HospitalScore score : scores) {
            out.println(row(score, "all", score.overall()));
            for (Map.Entry<Style, RankMetrics> style : score.byStyle().entrySet()) {
                out.println(row(score, style.getKey().name().toLowerCase(Locale.ROOT), style.getValue()));
            }
        }
        out.println();
        out.println("The default confidence cut-off: no-match tickets still shown a suggestion, and tickets");
        out.println("whose expected article came first that would lose it:");
        for (HospitalScore score : scores) {
            HospitalScore.Cutoff cutoff = score.cutoff();
            out.printf(
                    Locale.ROOT,
                    "%-9s %-5s at %.2f: no-match shown %d of %d, right first withheld %d of %d (%.1f%%)%n",
                    score.caller().key(),
                    score.track(),
                    cutoff.minConfidence(),
                    cutoff.noMatchShown(),
                    cutoff.noMatches(),
                    cutoff.rightWithheld(),
                    cutoff.right(),
                    100.0 * cutoff.rightWithheld() / Math.max(1, cutoff.right()));
        }
        out.println();
        out.println(
                "Tickets no article fits: how many suggestions came back, and the first one's score, also as a share");
        out.println("of the median first score on tickets answered right (expected article first):");
        for (HospitalScore score : scores) {
            out.printf(
                    Locale.ROOT,
                    "%-9s %-5s median first score when right %.3f%n",
                    score.caller().key(),
                    score.track(),
                    score.medianRightTopScore());
            for (NoMatch none : score.noMatches()) {
                out.printf(
                        Locale.ROOT,
                        "    %-34s %2d back, first %7.3f = %4.2f of median, confidence %.2f  %s%n",
                        shorten(none.title(), 34),
                        none.returned(),
                        none.topScore(),
                        none.share(score.medianRightTopScore()),
                        none.topConfidence(),
                        none.returned() == 0 ? "(nothing)" : none.topId());
            }
        }
    }

    /** Every answerable ticket whose expected article was not first, per caller and track. */
    static void printMisses(List<HospitalScore> scores, PrintStream out) {
        out.println();
        out.println("Hospital tickets whose expected article was not first (rank 0 = not in the first ten):");
        for (HospitalScore score : scores) {
            for (HospitalScore.Miss miss : score.misses()) {
                out.printf(
                        Locale.ROOT,
                        "%-9s %-5s rank %2d  %-40s expected %s, first %s%n",
                        score.caller().key(),
                        score.track(),
                        miss.rank(),
                        shorten(miss.title(), 40),
                        miss.expected().get(0),
                        miss.topId());
            }
        }
    }

    private static String row(HospitalScore score, String style, RankMetrics metrics) {
        return String.format(
                Locale.ROOT, "%-9s %-5s %-5s%s", score.caller().key(), score.track(), style, metrics.columns());
    }

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
