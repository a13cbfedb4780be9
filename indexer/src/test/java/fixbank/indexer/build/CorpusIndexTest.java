package fixbank.indexer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.indexer.schema.ArticleFields;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @TempDir
    Path temp;

    @Test
    void everyCorpusArticleIsIndexedWithoutMarkup() throws Exception {
        Path corpus = SharedCorpus.officeSupport();
        long files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).count();
        }
        Path index = temp.resolve("index");

        IndexReport report = new IndexBuilder().update(corpus, index);

        assertEquals(List.of(), report.problems());
        assertEquals(files, report.added(), report.summary());
        List<String> leftovers = new ArrayList<>();
        try (FSDirectory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            assertEquals(files, reader.numDocs(), "none lost");
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                Document document = stored.document(doc);
                for (String field : List.of(ArticleFields.TITLE, ArticleFields.BODY)) {
                    Matcher m = MARKUP.matcher(document.get(field));
                    if (m.find()) {
                        leftovers.add(document.get(ArticleFields.ID) + " " + field + ": " + m.group());
                    }
                }
            }
        }
        assertTrue(leftovers.isEmpty(), "markup left in indexed text: " + leftovers);
        assertEquals(0, new IndexBuilder().update(corpus, index).updated(), "a second run finds nothing changed");
    }
}
