package fixbank.indexer.build;

import static fixbank.indexer.build.ArticleFolder.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.indexer.schema.ArticleFields;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indexer command: its arguments, output and exit codes. */
class IndexArticlesTest {

    @TempDir
    Path temp;

    private ArticleFolder articles;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        articles = new ArticleFolder(temp.resolve("articles"));
        articles.write("printing/blank-labels.md", article("Blank labels", "Labels come out blank."));
    }

    private int run(String... args) {
        return runWith(Map.of(), args);
    }

    private int runWith(Map<String, String> environment, String... args) {
        return IndexArticles.run(
                args,
                environment,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cleanRunExitsZeroWithAOneLineSummary() {
        int code = run(
                "--articles",
                articles.root().toString(),
                "--index",
                temp.resolve("index").toString());
        assertEquals(0, code, err());
        assertTrue(out().matches("added 1, updated 0, deleted 0, skipped 0, unchanged 0 in \\d+\\.\\d\\d s\\R"), out());
        assertEquals("", err());
    }

    @Test
    void semanticStoresMeaningVectorsAndSaysNothingMore() throws Exception {
        Path index = temp.resolve("index");
        int code = run("--articles", articles.root().toString(), "--index", index.toString(), "--semantic");
        assertEquals(0, code, err());
        assertTrue(out().startsWith("added 1,"), out());
        assertEquals("", err());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertEquals("true", reader.getIndexCommit().getUserData().get(ArticleFields.SEMANTIC_KEY));
        }
    }

    @Test
    void skippedFileIsPrintedAsPathLineMessageAndExitsOne() {
        articles.write("access/bad.md", "---\nvisibility: everyone\n---\nText.\n");
        int code = run(
                "--articles",
                articles.root().toString(),
                "--index",
                temp.resolve("index").toString());
        assertEquals(1, code);
        assertEquals(
                "access/bad.md:2: unknown visibility 'everyone': use public or internal\n",
                err().replace("\r\n", "\n"));
        assertTrue(out().startsWith("added 1, updated 0, deleted 0, skipped 1,"), out());
    }

    @Test
    void checkValidatesWithoutWriting() {
        articles.write("access/bad.md", "---\nupdated: 2026-13-01\n---\nText.\n");
        Path index = temp.resolve("index");
        int code = run("--articles", articles.root().toString(), "--index", index.toString(), "--check");
        assertEquals(1, code);
        assertTrue(err().startsWith("access/bad.md:2: invalid date '2026-13-01'"), err());
        assertTrue(err().contains("printing/blank-labels.md:1: no owner"), "the content rules apply too: " + err());
        assertTrue(out().startsWith("checked 2 articles: 0 ok, 2 with problems in "), out());
        assertFalse(Files.exists(index));
    }

    /** An article every content rule is content with. */
    private static String complete(String title, String body) {
        return "---\ntitle: " + title + "\nvisibility: public\nowner: Dana\nreview_by: 2999-01-01\n---\n"
                + "## Symptoms\n" + body + "\n\n## Cause\nWorn.\n\n## Resolution\nReplace it.\n";
    }

    @Test
    void aCompleteBankChecksClean() {
        articles.write("printing/blank-labels.md", complete("Blank labels", "See [offline](printer-offline.md)."));
        articles.write("printing/printer-offline.md", complete("Printer offline", "Nothing prints."));
        assertEquals(0, run("--articles", articles.root().toString(), "--check"), err());
        assertEquals("", err());
        assertTrue(out().startsWith("checked 2 articles: 2 ok, 0 with problems in "), out());
    }

    @Test
    void checkReadsTheUnitsFileToo() {
        articles.write("printing/blank-labels.md", complete("Blank labels", "Nothing."));
        articles.write("units.yaml", "- unit: Ward 4\n  contact: Sam\n- unit: Ward 5\n");
        assertEquals(1, run("--articles", articles.root().toString(), "--check"));
        assertEquals("units.yaml:3: no contact: every unit needs one (units)\n", err());
    }

    @Test
    void checkNamesArticlesForUnitsTheUnitsFileDoesNotList() {
        articles.write(
                "printing/blank-labels.md",
                complete("Blank labels", "Nothing.")
                        .replace("owner: Dana\n", "owner: Dana\nunits: [ward 4, Ward 9]\n"));
        articles.write("units.yaml", "- unit: Ward 4\n  contact: Sam\n");
        assertEquals(1, run("--articles", articles.root().toString(), "--check"));
        assertEquals(
                "printing/blank-labels.md:5: unit 'Ward 9' is not in units.yaml: name units as it lists them, or add"
                        + " it there (units)\n",
                err());
    }

    @Test
    void checkFindingsComeAsJsonForTools() {
        articles.write("printing/blank-labels.md", complete("Blank labels", "See [gone](gone.md)."));
        assertEquals(1, run("--articles", articles.root().toString(), "--check", "--format", "json"));
        assertEquals(
                "{\"checked\": 1, \"problems\": [{\"path\": \"printing/blank-labels.md\", \"line\": 8,"
                        + " \"rule\": \"links\", \"message\": \"link to gone.md finds no article\"}]}\n",
                out());
        assertEquals("", err());
    }

    @Test
    void checkFindingsComeAsAnnotationsForCi() {
        articles.write("printing/blank-labels.md", complete("Blank labels", "See [gone](gone.md)."));
        articles.write("printing/other.md", complete("Blank labels", "Same title, 100% certain."));
        assertEquals(1, run("--articles", articles.root().toString(), "--check", "--format", "GitHub"));
        String root = articles.root().toString().replace('\\', '/').replace(":", "%3A");
        assertTrue(
                out().startsWith("::error file=" + root + "/printing/blank-labels.md,line=8,title=links::"
                        + "link to gone.md finds no article\n"),
                out());
        assertTrue(
                out().contains("::error file=" + root + "/printing/other.md,line=2,title=duplicate-title::"
                        + "same title as printing/blank-labels.md: give each article its own"),
                out());
    }

    @Test
    void anUnknownFormatIsAnErrorNamingTheChoices() {
        assertEquals(2, run("--check", "--format", "xml"));
        assertTrue(err().contains("--format must be text, json or github, not 'xml'"), err());
    }

    @Test
    void unknownOptionIsNamedWithUsage() {
        assertEquals(2, run("--articels", "x"));
        assertTrue(err().startsWith("Error: Unknown option: '--articels' (and 1 more argument)"), err());
        assertTrue(err().endsWith("\nRun 'java -jar fixbank-indexer.jar --help' for the options.\n"), err());
    }

    @Test
    void optionWithoutValueIsAnError() {
        assertEquals(2, run("--articles"));
        assertTrue(err().startsWith("Error: Missing required parameter for option '--articles' (DIR)"), err());
    }

    @Test
    void environmentVariablesStandInForOptionsNotGiven() {
        Path index = temp.resolve("from-environment");
        int code = runWith(
                Map.of("FIXBANK_ARTICLES", articles.root().toString(), "FIXBANK_INDEX", index.toString()),
                "--index",
                temp.resolve("from-option").toString());
        assertEquals(0, code, err());
        assertTrue(Files.isDirectory(temp.resolve("from-option")), "an option wins over the environment");
        assertFalse(Files.exists(index));
        assertTrue(out().startsWith("added 1,"), out());
    }

    @Test
    void aBadValueFromTheEnvironmentNamesTheVariable() {
        assertEquals(2, runWith(Map.of("FIXBANK_SEMANTIC", "maybe")));
        assertTrue(
                err().startsWith("Error: Invalid value for option '--semantic': 'maybe' is not on or off"
                        + " (from the environment variable FIXBANK_SEMANTIC)"),
                err());
    }

    @Test
    void helpListsEveryOptionWithItsVariableAndDefault() {
        assertEquals(0, run("--help"));
        String help = out().replaceAll("\\s+", " ");
        assertTrue(out().startsWith("Usage: java -jar fixbank-indexer.jar [OPTIONS]\n"), out());
        for (String row : List.of(
                "--articles DIR",
                "FIXBANK_ARTICLES",
                "(default: articles)",
                "--index DIR",
                "FIXBANK_INDEX",
                "(default: data/index)",
                "--semantic on|off",
                "FIXBANK_SEMANTIC",
                "--check",
                "FIXBANK_CHECK")) {
            assertTrue(help.contains(row), row + " in\n" + help);
        }
        assertEquals("", err());
    }

    @Test
    void missingArticlesFolderIsAnErrorWithoutStackTrace() {
        assertEquals(
                2,
                run(
                        "--articles",
                        temp.resolve("nowhere").toString(),
                        "--index",
                        temp.resolve("i").toString()));
        assertTrue(err().startsWith("Error: articles folder not found: "), err());
        assertFalse(err().contains("Exception"), err());
    }
}
