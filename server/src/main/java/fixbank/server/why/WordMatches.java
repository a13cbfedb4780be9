package fixbank.server.why;

import fixbank.indexer.schema.ArticleFields;
import fixbank.server.why.QueryWord.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Which of a ticket query's words one article holds, and where: read from the article's postings, so it
 * says what the index matched, not a guess from its stored text.
 */
public final class WordMatches {

    /** Where a word can match, by the name people see; the body holds every section's text. */
    static final Map<String, String> WHERE = where();

    private static final List<String> TEXT_FIELDS = List.copyOf(WHERE.keySet());

    private final IndexSearcher searcher;

    public WordMatches(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    private static Map<String, String> where() {
        Map<String, String> where = new LinkedHashMap<>();
        where.put(ArticleFields.TITLE, "title");
        where.put(ArticleFields.SUMMARY, "summary");
        where.put(ArticleFields.SYMPTOMS, "symptoms");
        where.put(ArticleFields.CAUSE, "cause");
        where.put(ArticleFields.RESOLUTION, "resolution");
        where.put(ArticleFields.HEADINGS, "headings");
        where.put(ArticleFields.SYSTEMS_TEXT, "systems");
        where.put(ArticleFields.BODY, "text");
        return Collections.unmodifiableMap(where);
    }

    /** A word the article holds, and the places (names of {@link #WHERE}) it holds it in. */
    public record Match(QueryWord word, List<String> fields) {}

    /** Every word of {@code words} that document {@code doc} holds, with where it holds it. */
    public List<Match> where(int doc, List<QueryWord> words) throws IOException {
        List<Match> matches = new ArrayList<>();
        LeafReaderContext leaf = leaf(doc);
        for (QueryWord word : words) {
            List<String> fields = new ArrayList<>();
            for (String field : fieldsOf(word)) {
                if (holds(leaf.reader(), field, word.term(), doc - leaf.docBase)) {
                    fields.add(WHERE.getOrDefault(field, "title"));
                }
            }
            if (!fields.isEmpty()) {
                matches.add(new Match(word, fields.stream().distinct().toList()));
            }
        }
        return matches;
    }

    /** A completed title word is looked for in the title's words as typed; any other word in the text fields. */
    private static List<String> fieldsOf(QueryWord word) {
        return word.source() == Source.PREFIX ? List.of(ArticleFields.TITLE_WORDS) : TEXT_FIELDS;
    }

    private LeafReaderContext leaf(int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        return leaves.get(ReaderUtil.subIndex(doc, leaves));
    }

    private static boolean holds(LeafReader reader, String field, String term, int doc) throws IOException {
        Terms terms = reader.terms(field);
        if (terms == null) {
            return false;
        }
        TermsEnum iterator = terms.iterator();
        if (!iterator.seekExact(new BytesRef(term))) {
            return false;
        }
        PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
        return postings.advance(doc) == doc;
    }
}
