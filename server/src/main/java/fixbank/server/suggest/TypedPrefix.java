package fixbank.server.suggest;

import fixbank.indexer.schema.ArticleFields;
import fixbank.server.search.AnalyzedTerms;
import fixbank.server.why.QueryWord;
import fixbank.server.why.QueryWord.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * A title as the suggest box sees it while it is typed: its finished words, and the last word, which may be
 * cut short ("Free/busy lookups ret"). The last word matches as typed, or as the start of a title word; a
 * prefix under three letters matches only as typed, since "pr" starts half the vocabulary.
 */
record TypedPrefix(String complete, String lastWord) {

    static final int MIN_PREFIX = 3;
    private static final int MAX_EXPANSIONS = 16;
    // A completed word is a guess: it counts for about as much as a word typed in full, no more.
    private static final float PREFIX_WEIGHT = 1.5f;

    static TypedPrefix of(Analyzer analyzer, String title) {
        String text = title.stripLeading();
        if (text.isEmpty() || !Character.isLetterOrDigit(text.charAt(text.length() - 1))) {
            return new TypedPrefix(text, "");
        }
        int start = text.length();
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return new TypedPrefix(text.substring(0, start), text.substring(start));
    }

    /**
     * The last word as queries: for the full query, its analysed form in any field, or a title word it starts,
     * the best alternative deciding; for the first pass, the same alternatives as flat clauses over fewer
     * fields. Null if there is none. The words it looks for are added to {@code words}.
     */
    Typing query(Analyzer analyzer, Vocabulary vocabulary, List<QueryWord> words) throws IOException {
        if (lastWord.isEmpty()) {
            return null;
        }
        List<Query> alternatives = new ArrayList<>();
        BooleanQuery.Builder candidates = new BooleanQuery.Builder();
        long postings = 0;
        for (String term :
                AnalyzedTerms.split(analyzer, ArticleFields.BODY, lastWord).words()) {
            if (TicketQuery.isBoilerplate(term)) {
                return null;
            }
            int df = vocabulary.docFreq(term);
            if (df > 0) {
                alternatives.add(TicketQuery.anyField(vocabulary, term));
                QueryWord word = new QueryWord(term, lastWord, Source.TYPED, 1, vocabulary.idf(df), df);
                TicketQuery.addMainFields(candidates, vocabulary, word);
                postings += df;
                words.add(word);
            }
        }
        List<String> prefixes = AnalyzedTerms.of(analyzer, ArticleFields.TITLE_WORDS, lastWord);
        if (prefixes.size() == 1 && prefixes.get(0).length() >= MIN_PREFIX) {
            for (String word : vocabulary.titleWordsStartingWith(prefixes.get(0), MAX_EXPANSIONS)) {
                Query completed = new BoostQuery(vocabulary.termQuery(ArticleFields.TITLE_WORDS, word), PREFIX_WEIGHT);
                alternatives.add(completed);
                candidates.add(completed, Occur.SHOULD);
                words.add(new QueryWord(word, lastWord, Source.PREFIX, PREFIX_WEIGHT, 0, 0));
            }
        }
        return alternatives.isEmpty()
                ? null
                : new Typing(new DisjunctionMaxQuery(alternatives, 0f), candidates.build(), postings);
    }

    /**
     * The last word's queries. {@code candidates} sums its alternatives where {@code full} takes the best:
     * nested in the first pass's disjunction, a best-of query cost a third of that pass's time on 50,000
     * articles, and the first pass only picks the articles {@code full} then ranks. {@code postings}: the
     * articles holding the word as typed (see {@link TicketPlan#candidatePostings}).
     */
    record Typing(Query full, Query candidates, long postings) {}
}
