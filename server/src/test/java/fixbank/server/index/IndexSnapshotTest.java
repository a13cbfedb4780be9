package fixbank.server.index;

import static fixbank.server.http.TestServer.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fixbank.indexer.schema.ArticleFields;
import fixbank.server.access.Audience;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a snapshot derives from its reader: title words per audience and spelling corrections. */
class IndexSnapshotTest {

    @TempDir
    static Path temp;

    private static LiveIndex index;

    private static void write(String id, String title, String visibility, String status, String body)
            throws IOException {
        Path file = temp.resolve("articles").resolve(id + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, article(title, "printing", "", visibility, status, body));
    }

    @BeforeAll
    static void open() throws IOException {
        write("printing/a", "Printer offline", "public", "published", "The printer shows offline.");
        write("printing/b", "Printer jams", "public", "published", "Paper jams in the printer.");
        write("printing/c", "Printing server down", "public", "published", "The print server is down.");
        write("printing/d", "Prism viewer crashes", "internal", "published", "The Prism viewer crashes.");
        write("printing/e", "Printer drivers draft", "public", "draft", "Install printer drivers.");
        index = LiveIndex.open(temp.resolve("articles"), temp.resolve("index"), Duration.ofHours(1));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static List<String> titleWords(Audience audience, String prefix) throws IOException {
        return index.withSnapshot(snapshot -> snapshot.titleWordsStartingWith(audience, prefix, 10));
    }

    @Test
    void titleWordsAreTheCommonestFirstAmongTitlesTheAudienceCanSee() throws IOException {
        assertEquals(List.of("printer", "printing"), titleWords(Audience.PUBLIC, "pri"));
        assertEquals(List.of("printer", "printing", "prism"), titleWords(Audience.STAFF, "pri"));
        assertEquals(List.of(), titleWords(Audience.PUBLIC, "drafts"), "drafts are nobody's default");
        assertEquals(List.of("printer"), index.withSnapshot(s -> s.titleWordsStartingWith(Audience.PUBLIC, "pri", 1)));
    }

    @Test
    void aMisspelledWordIsCorrectedToTheClosestKnownWords() throws IOException {
        assertEquals(
                List.of("printer", "print"),
                index.withSnapshot(snapshot -> snapshot.corrections(Audience.PUBLIC, "printr")),
                "one edit each; the longer shares more");
        assertEquals(
                List.of(),
                index.withSnapshot(snapshot -> snapshot.corrections(Audience.PUBLIC, "printer")),
                "a known word");
        assertEquals(
                List.of(),
                index.withSnapshot(snapshot -> snapshot.corrections(Audience.PUBLIC, "prt")),
                "too short to guess");
        assertEquals(
                List.of(),
                index.withSnapshot(snapshot -> snapshot.corrections(Audience.PUBLIC, "xyzzyq")),
                "nothing close");
    }

    @Test
    void thePublicViewCountsOnlyPublicPublishedArticles() throws IOException {
        index.withSnapshot(snapshot -> {
            IndexReader publicView = snapshot.reader(Audience.PUBLIC);
            assertEquals(3, publicView.numDocs(), "public, published: a, b, c");
            assertEquals(0, publicView.docFreq(new Term(ArticleFields.BODY, "prism")), "only in the internal one");
            assertEquals(2, publicView.docFreq(new Term(ArticleFields.BODY, "printer")), "not the draft's");
            assertEquals(5, snapshot.reader(Audience.STAFF).numDocs());
            assertEquals(
                    3,
                    snapshot.searcher(Audience.PUBLIC)
                            .collectionStatistics(ArticleFields.TITLE)
                            .docCount());
            TermsEnum body = MultiTerms.getTerms(publicView, ArticleFields.BODY).iterator();
            assertFalse(body.seekExact(new BytesRef("prism")), "a hidden word is not in the public dictionary");
            return null;
        });
    }
}
