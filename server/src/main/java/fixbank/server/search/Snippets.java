package fixbank.server.search;

import fixbank.indexer.schema.ArticleFields;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Short passages of an article's text around the words that matched, as escaped HTML with {@code <mark>}
 * around each match. Words matched in any field are marked in the body, since every text field shares one
 * analyzer. An article where no word shows in the body gets its opening instead.
 */
public final class Snippets {

    private static final int MAX_PASSAGES = 2;
    // Passages are cut from at most this much text: snippets never need the end of a long article.
    private static final int MAX_ANALYZED_CHARS = 20_000;

    private final Analyzer analyzer;

    public Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per hit in {@code hits}, in order; a hit with no body text gets an empty string. */
    public String[] of(IndexSearcher searcher, Query query, TopDocs hits) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withFieldMatcher(field -> true)
                .withMaxLength(MAX_ANALYZED_CHARS)
                .withMaxNoHighlightPassages(1)
                // Passages are whole lines: a paragraph, list item or step, as the article has them.
                .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
                .build();
        String[] snippets = highlighter.highlight(ArticleFields.BODY, query, hits, MAX_PASSAGES);
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = snippets[i] == null ? "" : snippets[i].replace('\n', ' ').strip();
        }
        return snippets;
    }
}
