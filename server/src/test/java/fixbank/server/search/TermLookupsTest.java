package fixbank.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermLookupsTest {

    private static final Term PRINTER = new Term("body", "printer");

    @Test
    void remembersLookupsPerOpenIndexAndNeverAnswersFromAnOlderOne(@TempDir Path dir) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            writer.addDocument(doc("printer offline"));
            writer.commit();
            try (DirectoryReader first = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(first);
                assertEquals(1, TermLookups.of(searcher, PRINTER).docFreq());
                assertSame(TermLookups.of(searcher, PRINTER), TermLookups.of(searcher, PRINTER));

                writer.addDocument(doc("label printer jams"));
                writer.commit();
                try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
                    IndexSearcher newer = new IndexSearcher(second);
                    assertEquals(2, TermLookups.of(newer, PRINTER).docFreq());
                    assertEquals(2, newer.count(TermLookups.query(newer, PRINTER)));
                }
            }
        }
    }

    private static Document doc(String text) {
        Document doc = new Document();
        doc.add(new TextField("body", text, Field.Store.NO));
        return doc;
    }
}
