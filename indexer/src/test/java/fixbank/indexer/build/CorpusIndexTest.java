package fixbank.indexer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.indexer.schema.ArticleFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes the 2,448 real support articles of the shared corpus, when it is there. */
class CorpusIndexTest {

    /** Markup that only DocFX, HTML tables, line breaks or comments leave behind; code samples never use it. */
    private static final Pattern MARKUP = Pattern.compile(
            ":::\\s*(image|zone|no-loc|moniker|row|column)|\\[!(INCLUDE|NOTE|TIP|IMPORTANT|WARNING|CAUTION|div|VIDEO)"
                    + "|</?(td|tr|th|tbody|thead)>|<br\\s*/?>"
                    + "|reviewed and approved for the specific use of global admin perms");

    /**
     * Articles in {@code ../shared/corpus/office-support}, as its README and the evaluation set count them. An
     * empty, partly copied or swapped corpus fails here rather than passing on whatever it finds.
     */
    private static final int CORPUS_ARTICLES = 2_448;

    @TempDir
    Path temp;

    @Test
    void everyCorpusArticleIsIndexedWithoutMarkupAndASecondRunWritesNothing() throws Exception {
        Path corpus = SharedCorpus.officeSupport();
        Set<String> onDisk;
        try (Stream<Path> walk = Files.walk(corpus)) {
            onDisk = walk.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> corpus.relativize(p).toString().replace('\\', '/').replaceAll("\\.md$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(CORPUS_ARTICLES, onDisk.size(), "articles in " + corpus);
        Path index = temp.resolve("index");

        IndexReport report = new IndexBuilder().update(corpus, index);

        assertEquals(List.of(), report.problems());
        assertEquals(CORPUS_ARTICLES, report.added(), report.summary());
        List<String> leftovers = new ArrayList<>();
        Set<String> indexed = new TreeSet<>();
        long generation;
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            assertEquals(CORPUS_ARTICLES, reader.numDocs(), "none lost");
            generation = reader.getIndexCommit().getGeneration();
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Document document = stored.document(doc);
                indexed.add(document.get(ArticleFields.ID));
                for (String field : List.of(ArticleFields.TITLE, ArticleFields.BODY)) {
                    Matcher m = MARKUP.matcher(document.get(field));
                    if (m.find()) {
                        leftovers.add(document.get(ArticleFields.ID) + " " + field + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(onDisk, indexed, "the index holds every article found, under its path");
        assertTrue(leftovers.isEmpty(), "markup left in indexed text: " + leftovers);

        IndexReport again = new IndexBuilder().update(corpus, index);

        assertEquals(
                List.of(0, 0, 0, 0, CORPUS_ARTICLES),
                List.of(again.added(), again.updated(), again.deleted(), again.skipped(), again.unchanged()),
                "a second run finds nothing changed (added, updated, deleted, skipped, unchanged): " + again.summary());
        assertEquals(List.of(), again.problems());
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            assertEquals(generation, reader.getIndexCommit().getGeneration(), "a second run commits nothing");
        }
    }
}
