package fixbank.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    private Article parse(String path, String content) throws InvalidArticleException {
        return parser.parse(path, content);
    }

    private List<String> problems(String path, String content) {
        InvalidArticleException e = assertThrows(InvalidArticleException.class, () -> parse(path, content));
        return e.problems().stream().map(ArticleProblem::toString).toList();
    }

    @Test
    void readsEveryFrontMatterKey() throws Exception {
        Article article = parse("printing/wristband-blank.md", """
                ---
                title: Wristband printer prints blank labels
                summary: The ribbon is in backwards.
                tags: [Printing, wristband, printing]
                systems:
                  - Zebra ZD621
                  - Epic Hyperspace
                units: [Pharmacy, Ward 4 North (Respiratory)]
                visibility: internal
                status: review
                owner: Grace Liu (Printing)
                updated: 2026-09-14
                review_by: 2027-03-14
                ---
                # Wristband printer prints blank labels

                Labels come out blank.
                """);
        assertEquals("printing/wristband-blank", article.id().value());
        assertEquals("printing/wristband-blank.md", article.path());
        assertEquals("Wristband printer prints blank labels", article.title());
        assertEquals("The ribbon is in backwards.", article.summary());
        assertEquals(List.of("printing", "wristband"), article.tags(), "tags are lower-cased and de-duplicated");
        assertEquals(List.of("Zebra ZD621", "Epic Hyperspace"), article.systems());
        assertEquals(List.of("Pharmacy", "Ward 4 North (Respiratory)"), article.units());
        assertEquals(Visibility.INTERNAL, article.visibility());
        assertEquals(Status.REVIEW, article.status());
        assertEquals("Grace Liu (Printing)", article.owner());
        assertEquals(Optional.of(LocalDate.of(2026, 9, 14)), article.updated());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 14)), article.reviewBy());
    }

    @Test
    void missingKeysTakeTheirDefaults() throws Exception {
        Article article = parse("a.md", "---\ntitle: Only a title\n---\nSome text.\n");
        assertEquals(Visibility.PUBLIC, article.visibility());
        assertEquals(Status.PUBLISHED, article.status());
        assertEquals("", article.summary());
        assertEquals("", article.owner());
        assertEquals(List.of(), article.tags());
        assertEquals(List.of(), article.units(), "no units: the article applies on every unit");
        assertEquals(Optional.empty(), article.updated());
    }

    @Test
    void titleFallsBackToFirstH1ThenToFileName() throws Exception {
        assertEquals(
                "Badge tap does nothing",
                parse("access/x.md", "---\ntags: [sso]\n---\nIntro.\n\n# Badge tap does nothing\n\nText.\n")
                        .title());
        assertEquals(
                "Badge tap does nothing",
                parse("access/badge-tap-does_nothing.md", "## Symptoms\n\nNothing happens.\n")
                        .title());
    }

    @Test
    void fileWithoutFrontMatterIsAnArticle() throws Exception {
        Article article = parse("notes/plain.md", "# Plain note\n\nJust text.\n");
        assertEquals("Plain note", article.title());
        assertEquals(Visibility.PUBLIC, article.visibility());
    }

    @Test
    void unknownKeysAreAccepted() throws Exception {
        Article article = parse("x.md", """
                ---
                title: Mail flow stops
                ms.date: 01/24/2024
                audience: ITPro
                ms.custom:
                  - sap:Mail Flow
                  - CSSTroubleshoot
                appliesto:
                  - Exchange Online
                ---
                Mail stops.
                """);
        assertEquals("Mail flow stops", article.title());
    }

    @Test
    void listsMayBeWrittenAsCommaSeparatedText() throws Exception {
        Article article = parse("x.md", "---\ntags: vpn, mfa\nsystems: Citrix Workspace\n---\nText.\n");
        assertEquals(List.of("vpn", "mfa"), article.tags());
        assertEquals(List.of("Citrix Workspace"), article.systems());
    }

    @Test
    void unitsAreKeptAsWrittenOnceInAnyLetterCase() throws Exception {
        Article article =
                parse("x.md", "---\nunits:\n  - Theatres\n  - theatres\n  - Emergency Department\n---\nText.\n");
        assertEquals(List.of("Theatres", "Emergency Department"), article.units());
        assertEquals(
                List.of("Pharmacy"),
                parse("y.md", "---\nunits: Pharmacy\n---\nText.\n").units());
    }

    @Test
    void unitsThatAreNotAListOfValuesAreReportedAtTheirLine() {
        assertEquals(
                List.of("k.md:3: 'units' items must be single values"),
                problems("k.md", "---\nunits:\n  - {unit: Pharmacy}\n---\nText.\n"));
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkAreAccepted() throws Exception {
        Article article =
                parse("x.md", "\uFEFF---\r\ntitle: CRLF file\r\nstatus: draft\r\n---\r\n# Heading\r\n\r\nBody.\r\n");
        assertEquals("CRLF file", article.title());
        assertEquals(Status.DRAFT, article.status());
    }

    @Test
    void visibilityAndStatusIgnoreCase() throws Exception {
        Article article = parse("x.md", "---\nvisibility: Internal\nstatus: PUBLISHED\n---\nText.\n");
        assertEquals(Visibility.INTERNAL, article.visibility());
        assertEquals(Status.PUBLISHED, article.status());
    }

    @Test
    void unknownVisibilityIsReportedAtItsLine() {
        assertEquals(
                List.of("a/b.md:3: unknown visibility 'staff': use public or internal"),
                problems("a/b.md", "---\ntitle: T\nvisibility: staff\n---\nText.\n"));
    }

    @Test
    void unknownStatusIsReportedAtItsLine() {
        assertEquals(
                List.of("b.md:2: unknown status 'done': use draft, review or published"),
                problems("b.md", "---\nstatus: done\n---\nText.\n"));
    }

    @Test
    void invalidDateIsReportedAtItsLine() {
        assertEquals(
                List.of("c.md:4: invalid date '14/09/2026' for 'updated': use YYYY-MM-DD"),
                problems("c.md", "---\ntitle: T\nowner: Dana\nupdated: 14/09/2026\n---\nText.\n"));
    }

    @Test
    void badYamlIsReportedAtTheLineWhereItBreaks() {
        List<String> problems = problems("d.md", "---\ntitle: T\ntags: [a, b\nowner: x\n---\nText.\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("d.md:4: bad YAML in front matter: "), problems.get(0));
    }

    @Test
    void unclosedFrontMatterIsReported() {
        assertEquals(
                List.of("e.md:1: front matter starts with '---' but has no closing '---' line"),
                problems("e.md", "---\ntitle: T\n\nBody text.\n"));
    }

    @Test
    void emptyBodyIsReportedAtTheLineAfterFrontMatter() {
        assertEquals(
                List.of("f.md:4: empty body: the article has no text"),
                problems("f.md", "---\ntitle: T\n---\n\n   \n"));
    }

    @Test
    void bodyOfOnlyDocfxIncludesIsEmpty() {
        assertEquals(
                List.of("g.md:3: empty body: the article has no text"),
                problems("g.md", "---\n---\n[!INCLUDE [banner](../includes/banner.md)]\n"));
    }

    @Test
    void duplicateKeyIsReported() {
        assertEquals(
                List.of("h.md:3: key 'title' is given twice"),
                problems("h.md", "---\ntitle: One\ntitle: Two\n---\nText.\n"));
    }

    @Test
    void listWhereOneValueIsExpectedIsReported() {
        assertEquals(
                List.of("i.md:2: 'owner' must be a single value, not a list"),
                problems("i.md", "---\nowner: [a, b]\n---\nText.\n"));
    }

    @Test
    void everyProblemInAFileIsReportedInLineOrder() {
        assertEquals(
                List.of(
                        "j.md:2: unknown visibility 'secret': use public or internal",
                        "j.md:3: unknown status 'live': use draft, review or published",
                        "j.md:4: invalid date 'soon' for 'review_by': use YYYY-MM-DD"),
                problems("j.md", "---\nvisibility: secret\nstatus: live\nreview_by: soon\n---\nText.\n"));
    }

    @Test
    void bytesThatAreNotUtf8AreReported() {
        byte[] latin1 = "---\ntitle: Caf\u00e9\n---\nText.\n".getBytes(StandardCharsets.ISO_8859_1);
        InvalidArticleException e = assertThrows(InvalidArticleException.class, () -> parser.parse("k.md", latin1));
        assertEquals("k.md:1: file is not UTF-8 text", e.problems().get(0).toString());
    }

    @Test
    void markdownBodyIsKeptForRendering() throws Exception {
        Article article = parse("x.md", "---\ntitle: T\n---\n# T\n\n**Bold** step.\n");
        assertEquals("# T\n\n**Bold** step.", article.markdown());
        assertEquals("Bold step.", article.text(), "the H1 repeats the title and is left out of the text");
        assertEquals(List.of("T"), article.headings());
    }
}
