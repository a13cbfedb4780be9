package fixbank.server.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.eval.HospitalScore.NoMatch;
import fixbank.server.eval.HospitalTicket.Audience;
import fixbank.server.eval.HospitalTicket.Style;
import fixbank.server.index.LiveIndex;
import fixbank.server.search.QueryAnalysis;
import fixbank.server.suggest.SuggestService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring the hospital tickets over a three-article bank: who is scored on what, and the no-match report. */
class HospitalEvaluationTest {

    @TempDir
    static Path temp;

    private static List<HospitalScore> scores;

    private static final List<HospitalTicket> TICKETS = List.of(
            new HospitalTicket(
                    "ward printer offline",
                    "The printer on 4N says offline.",
                    List.of("printing/printer-offline"),
                    Audience.PUBLIC,
                    Style.LAY),
            new HospitalTicket(
                    "reset MFA, lost phone",
                    "Registrar lost her phone and needs the authenticator moved.",
                    List.of("access/retired-article", "access/reset-mfa"),
                    Audience.STAFF,
                    Style.TECH),
            new HospitalTicket(
                    "wristband labels blank",
                    "Labels come out blank.",
                    List.of("printing/blank-labels-draft"),
                    Audience.STAFF,
                    Style.VAGUE),
            new HospitalTicket(
                    "printer toner low", "The office printer needs toner.", List.of(), Audience.NONE, Style.VAGUE));

    @BeforeAll
    static void evaluate() throws IOException {
        Path articles = temp.resolve("articles");
        write(
                articles,
                "printing/printer-offline",
                "Printer shows offline",
                "public",
                "published",
                "The ward printer shows offline.");
        write(
                articles,
                "access/reset-mfa",
                "Reset MFA for a lost phone",
                "internal",
                "published",
                "Move the authenticator to a new phone.");
        write(
                articles,
                "printing/blank-labels-draft",
                "Wristband labels print blank",
                "internal",
                "draft",
                "Labels come out blank.");
        try (LiveIndex index = LiveIndex.open(articles, temp.resolve("index"), Duration.ofDays(1))) {
            scores = new HospitalEvaluation(new SuggestService(index, QueryAnalysis.analyzer(Optional.empty())))
                    .run(TICKETS);
        }
    }

    private static void write(Path articles, String id, String title, String visibility, String status, String body)
            throws IOException {
        Path file = articles.resolve(id + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "---\ntitle: " + title + "\nvisibility: " + visibility + "\nstatus: " + status + "\n---\n## Symptoms\n"
                        + body + "\n");
    }

    private static HospitalScore score(HospitalCaller caller, HospitalTrack track) {
        return scores.stream()
                .filter(s -> s.caller() == caller && s.track() == track)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyCallerAndTrackIsScored() {
        assertEquals(4, scores.size());
    }

    @Test
    void anonymousCallersAreScoredOnPublicTicketsOnly() {
        HospitalScore anonymous = score(HospitalCaller.ANONYMOUS, HospitalTrack.TD);
        assertEquals(1, anonymous.overall().queries());
        assertEquals(1.0, anonymous.overall().recall1());
        assertEquals(Set.of(Style.LAY), anonymous.byStyle().keySet());
    }

    @Test
    void staffAreScoredOnEveryAnswerableTicketPerStyle() {
        HospitalScore staff = score(HospitalCaller.STAFF, HospitalTrack.TD);
        assertEquals(3, staff.overall().queries());
        assertEquals(
                List.of(Style.LAY, Style.TECH, Style.VAGUE),
                List.copyOf(staff.byStyle().keySet()));
        assertEquals(1.0, staff.byStyle().get(Style.TECH).recall1(), "the internal article, seen by staff");
        // Suggest offers staff drafts and articles in review too: a ticket solved by a draft is answered.
        assertEquals(1.0, staff.byStyle().get(Style.VAGUE).recall10());
    }

    @Test
    void aTicketIsAnsweredByTheFirstOfItsExpectedArticles() {
        // The MFA ticket lists first an article the bank no longer holds; the second, suggested first, answers it.
        assertEquals(
                1.0,
                score(HospitalCaller.STAFF, HospitalTrack.T)
                        .byStyle()
                        .get(Style.TECH)
                        .mrr());
    }

    @Test
    void ticketsNoArticleFitsReportWhatCameBackAndHowConfidently() {
        for (HospitalScore score : scores) {
            assertEquals(1, score.noMatches().size(), score.caller() + " " + score.track());
            NoMatch toner = score.noMatches().get(0);
            assertEquals("printer toner low", toner.title());
            assertEquals("printing/printer-offline", toner.topId(), "the printer article shares a word");
            assertTrue(toner.returned() >= 1);
            assertTrue(score.medianRightTopScore() > 0);
            assertEquals(
                    toner.topScore() / score.medianRightTopScore(), toner.share(score.medianRightTopScore()), 1e-9);
        }
    }
}
