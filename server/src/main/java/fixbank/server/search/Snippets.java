package fixbank.server.search;

import fixbank.indexer.schema.ArticleFields;
import fixbank.server.access.Audience;
import fixbank.server.index.IndexSnapshot;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Short passages of an article's text around the words that matched, as escaped HTML with {@code <mark>}
 * around each match. Words matched in any field are marked in the body, since every text field shares one
 * analyzer. An article where no word shows in the body gets its opening instead.
 *
 * <p>The query is first reduced to its words looked up in the body alone: highlighting the full query, with
 * its per-field weights and disjunctions, costs ten times as much and marks the same words. Wildcard, fuzzy
 * and regular-expression terms are not marked: expanding them again for every hit can cost more than the
 * search did.
 */
public final class Snippets {

    private static final int MAX_PASSAGES = 2;
    // Passages are cut from at most this much text: snippets never need the end of a long article.
    private static final int MAX_ANALYZED_CHARS = 10_000;
    // Passages are whole lines: a paragraph, list item or step, as the article has them.
    private static final Supplier<BreakIterator> LINES = () -> new CustomSeparatorBreakIterator('\n');

    private final Analyzer analyzer;

    public Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per hit in {@code hits}, in order; a hit with no body text gets an empty string. */
    public String[] of(IndexSnapshot snapshot, Audience audience, Query query, TopDocs hits) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(snapshot.searcher(audience), analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withScorer(new LinePassageScorer())
                .withMaxLength(MAX_ANALYZED_CHARS)
                .withMaxNoHighlightPassages(1)
                .withBreakIterator(LINES)
                // Each word on its own, from the postings' offsets. Weight matching, the default (which an empty
                // withFlags set leaves on), builds a searcher and a weight for every hit and was a tenth of
                // suggest's CPU, for the same marks: the query holds single words only.
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withHandleMultiTermQuery(false)
                .withPassageRelevancyOverSpeed(false)
                .build();
        String[] snippets =
                highlighter.highlight(ArticleFields.BODY, bodyTerms(snapshot, audience, query), hits, MAX_PASSAGES);
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] =
                    snippets[i] == null ? "" : snippets[i].replace('\n', ' ').strip();
        }
        return snippets;
    }

    /** The query's exact words, as body terms. */
    private static Query bodyTerms(IndexSnapshot snapshot, Audience audience, Query query) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query source, Term... terms) {
                for (Term term : terms) {
                    words.add(term.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        BooleanQuery.Builder body = new BooleanQuery.Builder();
        for (String word : words) {
            body.add(snapshot.termQuery(audience, new Term(ArticleFields.BODY, word)), Occur.SHOULD);
        }
        return body.build();
    }
}
