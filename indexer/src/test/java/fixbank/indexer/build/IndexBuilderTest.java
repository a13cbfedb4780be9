package fixbank.indexer.build;

import static fixbank.indexer.build.ArticleFolder.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.indexer.schema.ArticleFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderTest {

    @TempDir
    Path temp;

    private ArticleFolder articles;
    private Path index;
    private final IndexBuilder builder = new IndexBuilder();

    @BeforeEach
    void setUp() {
        articles = ArticleFolder.withTwoArticles(temp.resolve("articles"));
        index = temp.resolve("index");
    }

    private IndexReport update() throws IOException {
        return builder.update(articles.root(), index);
    }

    private static void assertCounts(
            IndexReport report, int added, int updated, int deleted, int unchanged, int skipped) {
        assertEquals(
                List.of(added, updated, deleted, unchanged, skipped),
                List.of(report.added(), report.updated(), report.deleted(), report.unchanged(), report.skipped()),
                "added, updated, deleted, unchanged, skipped: " + report.summary());
    }

    @Test
    void firstRunAddsEveryArticle() throws Exception {
        IndexReport report = update();
        assertCounts(report, 2, 0, 0, 0, 0);
        assertTrue(report.clean());
        assertEquals(
                Map.of("access/locked-out", "Locked out", "printing/blank-labels", "Blank labels"),
                IndexContents.titlesById(index));
    }

    @Test
    void secondRunWithNoChangesLeavesTheIndexAlone() throws Exception {
        update();
        long generation = IndexContents.generation(index);
        IndexReport report = update();
        assertCounts(report, 0, 0, 0, 2, 0);
        assertEquals(generation, IndexContents.generation(index), "nothing changed, so nothing is committed");
    }

    @Test
    void unchangedFilesAreNotParsedAgain() throws Exception {
        update();
        // Same size and time, but broken: had it been parsed again, it would be reported.
        String broken = article("Blank labels", "Labels come out blank.").replace("title:", "title[");
        articles.writeKeepingStamp("printing/blank-labels.md", broken);
        IndexReport report = update();
        assertCounts(report, 0, 0, 0, 2, 0);
        assertTrue(report.problems().isEmpty());
    }

    @Test
    void editedFileIsUpdated() throws Exception {
        update();
        articles.write("printing/blank-labels.md", article("Blank wristband labels", "Ribbon is reversed."));
        articles.touch("printing/blank-labels.md", 2000);
        IndexReport report = update();
        assertCounts(report, 0, 1, 0, 1, 0);
        assertEquals("Blank wristband labels", IndexContents.titlesById(index).get("printing/blank-labels"));
    }

    @Test
    void newFileIsAdded() throws Exception {
        update();
        articles.write("phones/vocera.md", article("Vocera badge offline", "Badge says not connected."));
        assertCounts(update(), 1, 0, 0, 2, 0);
        assertTrue(IndexContents.ids(index).contains("phones/vocera"));
    }

    @Test
    void deletedFileLeavesTheIndex() throws Exception {
        update();
        articles.delete("access/locked-out.md");
        assertCounts(update(), 0, 0, 1, 1, 0);
        assertEquals(List.of("printing/blank-labels"), IndexContents.ids(index));
    }

    @Test
    void renamedFileMovesToItsNewId() throws Exception {
        update();
        articles.move("access/locked-out.md", "identity/account-locked.md");
        assertCounts(update(), 1, 0, 1, 1, 0);
        assertEquals(List.of("identity/account-locked", "printing/blank-labels"), IndexContents.ids(index));
    }

    @Test
    void fileWithProblemsIsSkippedAndTheRestAreIndexed() throws Exception {
        articles.write("broken/bad-status.md", "---\ntitle: Bad\nstatus: finished\n---\nText.\n");
        IndexReport report = update();
        assertCounts(report, 2, 0, 0, 0, 1);
        assertFalse(report.clean());
        assertEquals(
                List.of("broken/bad-status.md:3: unknown status 'finished': use draft, review or published"),
                report.problems().stream().map(Object::toString).toList());
        assertEquals(List.of("access/locked-out", "printing/blank-labels"), IndexContents.ids(index));
    }

    @Test
    void brokenEditKeepsTheLastGoodVersionAndIsReportedOnEveryRun() throws Exception {
        update();
        articles.write("access/locked-out.md", "---\ntitle: Locked out\nupdated: yesterday\n---\nText.\n");
        articles.touch("access/locked-out.md", 2000);
        for (int run = 0; run < 2; run++) {
            IndexReport report = update();
            assertCounts(report, 0, 0, 0, 1, 1);
            assertEquals(
                    "access/locked-out.md:3: invalid date 'yesterday' for 'updated': use YYYY-MM-DD",
                    report.problems().get(0).toString());
        }
        assertEquals("Locked out", IndexContents.titlesById(index).get("access/locked-out"));
    }

    @Test
    void idsThatDifferOnlyByCaseAreBothSkipped() throws Exception {
        articles.write("printing/Blank-Labels.md", article("Blank labels again", "Duplicate."));
        IndexReport report = update();
        assertCounts(report, 1, 0, 0, 0, 2);
        assertEquals(
                List.of(
                        "printing/Blank-Labels.md:1: id differs only by case from printing/blank-labels.md; rename one of them",
                        "printing/blank-labels.md:1: id differs only by case from printing/Blank-Labels.md; rename one of them"),
                report.problems().stream().map(Object::toString).toList());
        assertEquals(List.of("access/locked-out"), IndexContents.ids(index));
    }

    @Test
    void readmeAndHiddenFilesAreNotArticles() throws Exception {
        articles.write("README.md", "# How to write articles\n\nGuide.\n");
        articles.write(".drafts/secret.md", article("Hidden", "Not an article."));
        articles.write("printing/notes.txt", "not markdown");
        assertCounts(update(), 2, 0, 0, 0, 0);
    }

    @Test
    void storedFieldsCarryWhatTheServerShows() throws Exception {
        articles.write("ehr/slow.md", """
                ---
                title: EHR is slow
                summary: Close other sessions.
                tags: [ehr, performance]
                systems: [Epic Hyperspace]
                visibility: internal
                status: draft
                owner: Priya Raman (EHR applications)
                updated: 2026-10-01
                ---
                ## Symptoms
                Screens freeze.
                """);
        update();
        Document doc = IndexContents.document(index, "ehr/slow").orElseThrow();
        assertEquals("EHR is slow", doc.get(ArticleFields.TITLE));
        assertEquals("Close other sessions.", doc.get(ArticleFields.SUMMARY));
        assertEquals(List.of("ehr", "performance"), List.of(doc.getValues(ArticleFields.TAGS)));
        assertEquals(List.of("Epic Hyperspace"), List.of(doc.getValues(ArticleFields.SYSTEMS)));
        assertEquals("internal", doc.get(ArticleFields.VISIBILITY));
        assertEquals("draft", doc.get(ArticleFields.STATUS));
        assertEquals("Priya Raman (EHR applications)", doc.get(ArticleFields.OWNER));
        assertEquals("2026-10-01", doc.get(ArticleFields.UPDATED));
        assertEquals("ehr/slow.md", doc.get(ArticleFields.PATH));
        assertEquals("## Symptoms\nScreens freeze.", doc.get(ArticleFields.MARKDOWN));
    }

    @Test
    void indexFromAnotherSchemaVersionIsRebuilt() throws Exception {
        update();
        try (FSDirectory dir = FSDirectory.open(index);
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            // Only the version differs, so nothing else the commit records can be what triggers the rebuild.
            Map<String, String> data = new HashMap<>(IndexContents.userData(index));
            data.put(ArticleFields.SCHEMA_VERSION_KEY, "0");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        assertCounts(update(), 0, 2, 0, 0, 0);
        assertEquals(ArticleFields.SCHEMA_VERSION, IndexContents.userData(index).get(ArticleFields.SCHEMA_VERSION_KEY));
        assertEquals(2, IndexContents.ids(index).size());
    }

    @Test
    void mergingLeavesOneSegmentWithTheSameArticlesAndCommitData() throws Exception {
        update();
        articles.write("phones/vocera.md", article("Vocera badge offline", "Badge says not connected."));
        update();
        Map<String, String> data = IndexContents.userData(index);
        try (FSDirectory dir = FSDirectory.open(index)) {
            assertTrue(SegmentInfos.readLatestCommit(dir).size() > 1, "an update adds a segment");
            assertTrue(builder.mergeIntoOneSegment(dir));
            assertEquals(1, SegmentInfos.readLatestCommit(dir).size());
            assertFalse(builder.mergeIntoOneSegment(dir), "nothing left to merge");
        }
        assertEquals(List.of("access/locked-out", "phones/vocera", "printing/blank-labels"), IndexContents.ids(index));
        assertEquals(data, IndexContents.userData(index), "the schema version and the rest stay");
        assertCounts(update(), 0, 0, 0, 3, 0);
    }

    @Test
    void checkReportsProblemsAndWritesNothing() throws Exception {
        articles.write("broken/empty.md", "---\ntitle: Empty\n---\n");
        IndexReport report = builder.check(articles.root());
        assertEquals(2, report.unchanged(), "articles that passed the check");
        assertEquals(1, report.skipped());
        assertEquals(
                "broken/empty.md:4: empty body: the article has no text",
                report.problems().get(0).toString());
        assertFalse(Files.exists(index));
    }

    @Test
    void missingArticlesFolderIsAnError() {
        assertThrows(NoSuchFileException.class, () -> builder.update(temp.resolve("nowhere"), index));
    }
}
