package fixbank.server.editing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.indexer.article.Article;
import fixbank.indexer.article.ArticleParser;
import fixbank.indexer.article.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The editor takes article files apart and writes them back in the documented format. Every bundled article,
 * read and written back unchanged, must say to the indexer exactly what it said before, so that opening an
 * article in the browser and saving it changes nothing a reader or search sees.
 */
class EditableFileTest {

    private static final Path BUNDLED = Path.of("..", "articles");
    private static final ArticleParser PARSER = new ArticleParser();

    @Test
    void everyBundledArticleSurvivesARoundTrip() throws Exception {
        assertRoundTrips(BUNDLED, 40);
    }

    /** The real-world test: DocFX markers, front matter written for other tools. Skipped without ../shared. */
    @Test
    void everyOfficeCorpusArticleSurvivesARoundTrip() throws Exception {
        Path corpus = Path.of("..", "..", "shared", "corpus", "office-support");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "no shared corpus at " + corpus.toAbsolutePath());
        assertRoundTrips(corpus, 2000);
    }

    private static void assertRoundTrips(Path root, int atLeast) throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(file -> file.toString().endsWith(".md"))
                    .filter(file -> !file.getFileName().toString().equals("README.md"))
                    .toList();
        }
        assertTrue(files.size() > atLeast, "articles under " + root + ": " + files.size());
        for (Path file : files) {
            String path = root.relativize(file).toString().replace('\\', '/');
            String original = Files.readString(file);
            Article before = PARSER.parse(path, original);
            Article after = EditableFile.read(path, original).article(path);
            assertAll(
                    path,
                    () -> assertEquals(before.title(), after.title()),
                    () -> assertEquals(before.summary(), after.summary()),
                    () -> assertEquals(before.tags(), after.tags()),
                    () -> assertEquals(before.systems(), after.systems()),
                    () -> assertEquals(before.units(), after.units()),
                    () -> assertEquals(before.visibility(), after.visibility()),
                    () -> assertEquals(before.status(), after.status()),
                    () -> assertEquals(before.owner(), after.owner()),
                    () -> assertEquals(before.updated(), after.updated()),
                    () -> assertEquals(before.reviewBy(), after.reviewBy()),
                    () -> assertEquals(before.text(), after.text()),
                    () -> assertEquals(before.headings(), after.headings()),
                    () -> assertEquals(before.sections(), after.sections()));
        }
    }

    @Test
    void valuesYamlCouldMisreadAreQuoted() throws Exception {
        ArticleDraft draft = ArticleDraft.checked(
                "Error: \"access denied\" # on login",
                "[draft] summary: with a colon",
                List.of("wi-fi", "a,b".replace(",", " ")),
                List.of("Epic: Hyperspace", "Zebra ZD621"),
                List.of(),
                "internal",
                "O'Neil, Pat",
                "2027-01-31",
                "",
                "It fails.",
                "",
                "");
        String text = EditableFile.newDraft(draft, LocalDate.of(2026, 12, 3)).text();
        Article article = PARSER.parse("access/x.md", text);
        assertAll(
                text,
                () -> assertEquals("Error: \"access denied\" # on login", article.title()),
                () -> assertEquals("[draft] summary: with a colon", article.summary()),
                () -> assertEquals(List.of("Epic: Hyperspace", "Zebra ZD621"), article.systems()),
                () -> assertEquals("O'Neil, Pat", article.owner()),
                () -> assertEquals(Status.DRAFT, article.status()),
                () -> assertTrue(text.contains("\nupdated: 2026-12-03\n")));
    }

    @Test
    void aNewArticleHasTheDocumentedSectionsInTheDocumentedOrder() throws Exception {
        ArticleDraft draft =
                ArticleDraft.checked("Order", "", List.of(), List.of(), List.of(), "", "", "", "", "S.", "C.", "R.");
        String text = EditableFile.newDraft(draft, LocalDate.of(2026, 12, 3)).text();
        assertTrue(
                text.endsWith("---\n\n# Order\n\n## Symptoms\n\nS.\n\n## Cause\n\nC.\n\n## Resolution\n\nR.\n"), text);
    }

    @Test
    void aWriteReplacesTheFileWholeAndLeavesNoTempFileBehind() throws IOException {
        Path root = Files.createTempDirectory("fixbank-folder");
        ArticleFolder folder = new ArticleFolder(root);
        EditableId id = EditableId.parse("printing/label").orElseThrow();
        folder.write(folder.published(id), "first\n");
        folder.write(folder.published(id), "second\n");
        try (Stream<Path> all = Files.list(root.resolve("printing"))) {
            assertEquals(
                    List.of("label.md"),
                    all.map(file -> file.getFileName().toString()).toList());
        }
        assertEquals("second\n", Files.readString(folder.published(id)));
        assertEquals(
                CrashSafeFile.version("second\n"),
                folder.read(folder.published(id)).orElseThrow().version());
    }

    @Test
    void idsThatCouldLeaveTheFolderAreNotIds() {
        for (String bad : List.of("../x", "a/../b", ".pending/x", "a//b", "/etc/passwd", "a\\b", "x.md", "")) {
            assertTrue(EditableId.parse(bad).isEmpty(), bad);
        }
        assertEquals(
                "label-printer-jams-4-west",
                EditableId.fromTitle("Label printer jams (4 West)!").value());
        assertEquals("cafe-wi-fi", EditableId.fromTitle("Café Wi-Fi").value());
    }
}
