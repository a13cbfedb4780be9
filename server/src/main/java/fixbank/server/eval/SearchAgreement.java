package fixbank.server.eval;

import fixbank.indexer.article.Status;
import fixbank.server.search.SearchHit;
import fixbank.server.search.SearchRequest;
import fixbank.server.search.SearchService;
import fixbank.server.suggest.SuggestRequest;
import fixbank.server.suggest.SuggestService;
import fixbank.server.suggest.Suggestion;
import java.io.IOException;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Whether the search page finds what the report page suggests: each answerable hospital ticket is typed into
 * the search box as staff, its title alone (T) or title and description (TD, cut to the box's 500
 * characters), and the first hit is compared with suggest's first for the same text and with the expected
 * article.
 */
final class SearchAgreement {

    private final SuggestService suggest;

    SearchAgreement(SuggestService suggest) {
        this.suggest = suggest;
    }

    /** What one search reading did over the tickets. */
    record Agreement(String reading, String track, int tickets, int sameFirst, int rightFirst, int nothing) {}

    Agreement measure(String reading, SearchService search, HospitalTrack track, List<HospitalTicket> tickets)
            throws IOException {
        int sameFirst = 0;
        int rightFirst = 0;
        int nothing = 0;
        int scored = 0;
        for (HospitalTicket ticket : tickets) {
            if (!ticket.answerable()) {
                continue;
            }
            scored++;
            String text = track == HospitalTrack.TD ? ticket.title() + " " + ticket.description() : ticket.title();
            text = text.length() > SearchRequest.MAX_QUERY_LENGTH
                    ? text.substring(0, SearchRequest.MAX_QUERY_LENGTH)
                    : text;
            List<Suggestion> suggested = suggest.suggest(
                            new SuggestRequest(text, "", 10), HospitalCaller.STAFF.caller())
                    .suggestions();
            List<SearchHit> hits = search.search(
                            new SearchRequest(text, 1, 10, List.of(), List.of(), EnumSet.allOf(Status.class)),
                            HospitalCaller.STAFF.caller())
                    .hits();
            if (hits.isEmpty()) {
                nothing++;
                continue;
            }
            String first = hits.get(0).id();
            sameFirst += !suggested.isEmpty() && suggested.get(0).id().equals(first) ? 1 : 0;
            rightFirst += ticket.expected().contains(first) ? 1 : 0;
        }
        return new Agreement(reading, track.name(), scored, sameFirst, rightFirst, nothing);
    }

    static void print(List<Agreement> agreements, PrintStream out) {
        out.println(
                "The search page, the hospital tickets typed into it as staff (first hit against suggest's first):");
        for (Agreement a : agreements) {
            out.printf(
                    Locale.ROOT,
                    "%-22s %-3s same first as suggest %2d of %d, first hit right %2d, no hits %2d%n",
                    a.reading(),
                    a.track(),
                    a.sameFirst(),
                    a.tickets(),
                    a.rightFirst(),
                    a.nothing());
        }
    }
}
