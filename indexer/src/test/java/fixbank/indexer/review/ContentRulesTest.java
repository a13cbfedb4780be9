package fixbank.indexer.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fixbank.indexer.article.ArticleParser;
import fixbank.indexer.article.InvalidArticleException;
import fixbank.indexer.units.Unit;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each content rule on articles parsed as the indexer parses them, on a fixed day. */
class ContentRulesTest {

    private static final ContentRules RULES =
            new ContentRules(Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC));

    private static final String SECTIONS = "## Symptoms\nNo light.\n\n## Cause\nWorn.\n\n## Resolution\nReplace it.\n";

    private static String article(String title, String visibility, String owner, String reviewBy, String body) {
        return "---\ntitle: " + title + "\nvisibility: " + visibility + "\n"
                + (owner.isEmpty() ? "" : "owner: " + owner + "\n")
                + (reviewBy.isEmpty() ? "" : "review_by: " + reviewBy + "\n")
                + "---\n" + body;
    }

    private static List<String> findings(String... pathsAndTexts) throws InvalidArticleException {
        return findingsWithUnits(Optional.empty(), pathsAndTexts);
    }

    private static List<String> findingsWithUnits(Optional<List<Unit>> units, String... pathsAndTexts)
            throws InvalidArticleException {
        List<SourcedArticle> articles = new ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            articles.add(new SourcedArticle(
                    new ArticleParser().parse(pathsAndTexts[i], pathsAndTexts[i + 1]), pathsAndTexts[i + 1]));
        }
        return RULES.check(articles, units).stream()
                .map(finding -> finding.rule() + " " + finding.problem())
                .toList();
    }

    @Test
    void aCompleteArticleHasNoFindings() throws Exception {
        assertEquals(List.of(), findings("a/ok.md", article("Ok", "public", "Dana", "2027-01-01", SECTIONS)));
    }

    @Test
    void missingSectionsOwnerAndReviewDateAreNamed() throws Exception {
        assertEquals(
                List.of(
                        "owner a/bare.md:1: no owner: add 'owner:' with who keeps this article current",
                        "review-by a/bare.md:1: no review_by: add the date by which it should be reviewed again",
                        "sections a/bare.md:1: no Cause, Resolution section: add a '## Cause' heading"),
                findings("a/bare.md", article("Bare", "public", "", "", "## Symptoms\nNo light.\n")));
    }

    @Test
    void aReviewDateThatHasComeIsDueOnItsLine() throws Exception {
        assertEquals(
                List.of("review-by a/due.md:5: review_by 2026-12-03 has passed: review the article and set a new"
                        + " date"),
                findings("a/due.md", article("Due", "public", "Dana", "2026-12-03", SECTIONS)));
    }

    @Test
    void relativeLinksMustFindAnArticleAndPublicOnesNoInternalOne() throws Exception {
        String links = SECTIONS + "\nSee [the fix](../b/internal.md#steps), [gone](gone.md), [web](https://x.org/a.md)"
                + " and ![shot](shot.png).\n";
        assertEquals(
                List.of(
                        "links a/public.md:16: link to gone.md finds no article",
                        "public-links-internal a/public.md:16: public article links to internal b/internal.md,"
                                + " which clinicians cannot open"),
                findings(
                        "a/public.md",
                        article("Public", "public", "Dana", "2027-01-01", links),
                        "b/internal.md",
                        article("Internal", "internal", "Dana", "2027-01-01", SECTIONS)));
    }

    @Test
    void aTitleTwiceIsFlaggedOnTheLaterPath() throws Exception {
        assertEquals(
                List.of("duplicate-title b/two.md:2: same title as a/one.md: give each article its own"),
                findings(
                        "b/two.md",
                        article("Printer  offline", "public", "Dana", "2027-01-01", SECTIONS),
                        "a/one.md",
                        article("printer offline", "public", "Dana", "2027-01-01", SECTIONS)));
    }

    @Test
    void unitsMustBeUnitsTheUnitsFileListsInAnyLetterCase() throws Exception {
        String forUnits = "---\ntitle: Labels\nowner: Dana\nreview_by: 2027-01-01\nunits:\n  - pharmacy\n"
                + "  - Pharmacy Stores\n---\n" + SECTIONS;
        Optional<List<Unit>> listed = Optional.of(List.of(new Unit("Pharmacy", "Lee Carter", "", "", "")));
        assertEquals(
                List.of("units a/labels.md:5: unit 'Pharmacy Stores' is not in units.yaml: name units as it lists"
                        + " them, or add it there"),
                findingsWithUnits(listed, "a/labels.md", forUnits));
        assertEquals(List.of(), findings("a/labels.md", forUnits), "without a units.yaml, any unit goes");
    }

    @Test
    void onlyRelativeMarkdownTargetsAreArticleLinks() {
        assertEquals(Optional.of("b/c.md"), ContentRules.target("a/x.md", "../b/c.md#part"));
        assertEquals(Optional.of("a/y.md"), ContentRules.target("a/x.md", "y.md"));
        assertEquals(Optional.empty(), ContentRules.target("a/x.md", "mailto:it@example.org"));
        assertEquals(Optional.empty(), ContentRules.target("a/x.md", "/articles/a/y"));
        assertEquals(Optional.empty(), ContentRules.target("a/x.md", "picture.png"));
        assertEquals(Optional.of("../../outside.md"), ContentRules.target("a/x.md", "../../outside.md"));
    }
}
