package fixbank.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plain text, headings and sections read out of article bodies. */
class BodyTextTest {

    private final ArticleParser parser = new ArticleParser();

    private Article body(String markdown) throws InvalidArticleException {
        return parser.parse("t.md", "---\ntitle: T\n---\n" + markdown);
    }

    @Test
    void symptomsCauseAndResolutionBecomeSections() throws Exception {
        Article article = body("""
                # Scanner beeps but nothing happens

                ## Symptoms
                The scanner beeps.

                ## Cause
                The cradle is unplugged.

                ## Resolution
                1. Plug in the cradle.
                2. Scan again.

                ## Related
                Other scanner articles.
                """);
        assertEquals(Optional.of("The scanner beeps."), article.section(Section.SYMPTOMS));
        assertEquals(Optional.of("The cradle is unplugged."), article.section(Section.CAUSE));
        assertEquals(Optional.of("Plug in the cradle.\nScan again."), article.section(Section.RESOLUTION));
        assertTrue(article.text().contains("Other scanner articles."), "text outside sections stays in the full text");
        assertTrue(article.text().contains("The cradle is unplugged."), "sections are in the full text too");
    }

    @Test
    void problemSolutionAndWorkaroundHeadingsAreRecognised() throws Exception {
        Article article = body("""
                ## Problem description
                Outlook hangs.
                ## Workaround 2: use the web
                Use Outlook on the web.
                ## Solution
                Update Outlook.
                """);
        assertEquals(Optional.of("Outlook hangs."), article.section(Section.SYMPTOMS));
        assertEquals(Optional.of("Use Outlook on the web.\nUpdate Outlook."), article.section(Section.RESOLUTION));
    }

    @Test
    void subHeadingsBelongToTheirSectionUntilAHeadingOfTheSameLevel() throws Exception {
        Article article = body("""
                ## Resolution
                ### On a workstation on wheels
                Reseat the battery.
                ### On a desktop
                Restart.
                ## More information
                Background reading.
                """);
        assertEquals(
                Optional.of("On a workstation on wheels\nReseat the battery.\nOn a desktop\nRestart."),
                article.section(Section.RESOLUTION));
        assertEquals(
                List.of("Resolution", "On a workstation on wheels", "On a desktop", "More information"),
                article.headings());
    }

    @Test
    void sectionsAreRangesOfTheTextAndAnEmptyOneIsLeftOut() throws Exception {
        Article article = body("## Symptoms\nThe scanner beeps.\n\n## Resolution\n   \n## Cause\nUnplugged.\n");

        assertEquals("Symptoms\nThe scanner beeps.\nResolution\nCause\nUnplugged.", article.text());
        assertEquals(List.of(new TextRange(9, 27)), article.sections().get(Section.SYMPTOMS));
        assertEquals(List.of(new TextRange(45, 55)), article.sections().get(Section.CAUSE));
        assertFalse(article.sections().containsKey(Section.RESOLUTION));
        List<TextRange> pastTheText = List.of(new TextRange(45, 56));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Article(
                        article.id(),
                        article.path(),
                        article.title(),
                        article.summary(),
                        article.tags(),
                        article.systems(),
                        article.units(),
                        article.visibility(),
                        article.status(),
                        article.owner(),
                        article.updated(),
                        article.reviewBy(),
                        article.markdown(),
                        article.text(),
                        article.headings(),
                        Map.of(Section.CAUSE, pastTheText)));
    }

    @Test
    void headingsThatMerelyMentionASectionWordAreNotSections() throws Exception {
        Article article = body("## How the cause was found\nBy logs.\n");
        assertEquals(Optional.empty(), article.section(Section.CAUSE));
    }

    @Test
    void docfxImagesKeepAltTextAndLeaveNoMarkup() throws Exception {
        Article article = body("""
                Open the console.

                :::image type="content" source="media/console.png" alt-text="Screenshot of the print console":::

                :::image type="complex" source="media/x.png" alt-text="Queue list":::
                   A long description of the queue.
                :::image-end:::

                The path is :::no-loc text="C:\\Fixbank"::: here.
                """);
        assertEquals(
                "Open the console.\nScreenshot of the print console\nQueue list A long description of the queue.\n"
                        + "The path is C:\\Fixbank here.",
                article.text());
    }

    @Test
    void docfxIncludesNotesAndZonesLeaveNoMarkup() throws Exception {
        Article article = body("""
                [!INCLUDE [Applies to](../includes/applies-to.md)]

                > [!NOTE]
                > Restart the cart after charging.

                >[!div class="op_single_selector"]
                > - [Windows](windows.md)

                ::: zone pivot="windows"
                Windows steps.
                ::: zone-end
                """);
        assertEquals("Restart the cart after charging.\nWindows\nWindows steps.", article.text());
    }

    @Test
    void htmlCommentsTagsAndTablesLeaveOnlyText() throws Exception {
        Article article = body("""
                <!-- reviewer: check step 3 -->
                Press <kbd>Ctrl</kbd>+<kbd>Alt</kbd>.<br/>Then wait.

                <table><tr><th>Light</th><th>Meaning</th></tr><tr><td>Red</td><td>Jam</td></tr></table>

                | Code | Meaning |
                |------|---------|
                | 0x80070005 | Access denied |
                """);
        String text = article.text();
        assertFalse(text.contains("<"), text);
        assertFalse(text.contains("reviewer"), "HTML comments are not text: " + text);
        assertFalse(text.contains("|"), text);
        assertTrue(text.contains("Press Ctrl+Alt. Then wait."), text);
        assertTrue(text.contains("Light Meaning Red Jam"), text);
        assertTrue(text.contains("Code Meaning\n0x80070005 Access denied"), text);
    }

    @Test
    void linksKeepTheirWordsAndDropTheirTargets() throws Exception {
        Article article = body("See [the downtime guide](../ehr/downtime.md) and ![cart photo](media/cart.png).\n");
        assertEquals("See the downtime guide and cart photo.", article.text());
    }

    @Test
    void codeBlocksKeepErrorTextForSearch() throws Exception {
        Article article = body("```text\nError 0x80070005: Access is denied.\n```\n");
        assertEquals("Error 0x80070005: Access is denied.", article.text());
    }
}
