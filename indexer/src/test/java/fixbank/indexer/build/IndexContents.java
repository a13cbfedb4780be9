package fixbank.indexer.build;

import fixbank.indexer.schema.ArticleDocuments;
import fixbank.indexer.schema.ArticleFields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/** Reads what a committed index holds, for assertions: ids mapped to titles, and its last commit. */
final class IndexContents {

    private IndexContents() {}

    /** Every article id in the index, sorted, each with its stored title. */
    static TreeMap<String, String> titlesById(Path indexDir) throws IOException {
        TreeMap<String, String> titles = new TreeMap<>();
        try (FSDirectory dir = FSDirectory.open(indexDir);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs all = searcher.search(new MatchAllDocsQuery(), Math.max(1, reader.maxDoc()));
            for (ScoreDoc hit : all.scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                titles.put(doc.get(ArticleFields.ID), doc.get(ArticleFields.TITLE));
            }
        }
        return titles;
    }

    static List<String> ids(Path indexDir) throws IOException {
        return new ArrayList<>(titlesById(indexDir).keySet());
    }

    static Optional<Document> document(Path indexDir, String id) throws IOException {
        try (FSDirectory dir = FSDirectory.open(indexDir);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs hits = searcher.search(new TermQuery(ArticleDocuments.idTerm(id)), 2);
            if (hits.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(searcher.storedFields().document(hits.scoreDocs[0].doc));
        }
    }

    /** The user data of the last commit. */
    static Map<String, String> userData(Path indexDir) throws IOException {
        try (FSDirectory dir = FSDirectory.open(indexDir);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.getIndexCommit().getUserData();
        }
    }

    /** The generation of the last commit. */
    static long generation(Path indexDir) throws IOException {
        try (FSDirectory dir = FSDirectory.open(indexDir);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.getIndexCommit().getGeneration();
        }
    }
}
