package fixbank.server.suggest;

import fixbank.indexer.schema.ArticleFields;
import fixbank.server.search.TermLookups;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * What the knowledge bank's words are: how many articles hold a word, how rare that makes it, the known
 * words closest to a misspelled one, and the title words that start with a half-typed one.
 */
final class Vocabulary {

    /** A corrected word counts for less than one typed right, so exact matches win. */
    static final float CORRECTION_DISCOUNT = 0.6f;

    private static final int MAX_CORRECTIONS = 2;
    /** Words shorter than this are not corrected: one edit turns them into too many other words. */
    private static final int MIN_CORRECTABLE_LENGTH = 4;

    private final IndexSearcher searcher;
    private final IndexReader reader;
    private final int docs;

    Vocabulary(IndexSearcher searcher) {
        this.searcher = searcher;
        this.reader = searcher.getIndexReader();
        this.docs = Math.max(1, reader.numDocs());
    }

    /** Articles holding the (analysed) word in their body or title. */
    int docFreq(String term) throws IOException {
        return Math.max(
                TermLookups.of(searcher, new Term(ArticleFields.BODY, term)).docFreq(),
                TermLookups.of(searcher, new Term(ArticleFields.TITLE, term)).docFreq());
    }

    /** The word in one field, as a query that does not look it up in the index again. */
    TermQuery termQuery(String field, String term) throws IOException {
        return TermLookups.query(searcher, new Term(field, term));
    }

    /** BM25's inverse document frequency. */
    float idf(int docFreq) {
        return (float) Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
    }

    /**
     * The body words one edit away (two for words of eight letters or more), most common first, keeping the
     * first letter: people rarely mistype that.
     */
    List<String> corrections(String term) throws IOException {
        List<String> corrections = new ArrayList<>();
        if (term.length() < MIN_CORRECTABLE_LENGTH || !term.chars().allMatch(Character::isLetter)) {
            return corrections;
        }
        Terms terms = MultiTerms.getTerms(reader, ArticleFields.BODY);
        if (terms == null) {
            return corrections;
        }
        int maxEdits = term.length() >= 8 ? 2 : 1;
        FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(terms, new Term(ArticleFields.BODY, term), maxEdits, 1, true);
        List<Candidate> candidates = new ArrayList<>();
        for (BytesRef candidate = fuzzy.next(); candidate != null; candidate = fuzzy.next()) {
            candidates.add(new Candidate(candidate.utf8ToString(), fuzzy.getBoost(), fuzzy.docFreq()));
        }
        candidates.sort((a, b) -> a.similarity != b.similarity
                ? Float.compare(b.similarity, a.similarity)
                : Integer.compare(b.docFreq, a.docFreq));
        for (Candidate candidate : candidates.subList(0, Math.min(MAX_CORRECTIONS, candidates.size()))) {
            corrections.add(candidate.text);
        }
        return corrections;
    }

    private record Candidate(String text, float similarity, int docFreq) {}

    /** Title words starting with {@code prefix}, those in the most articles first. */
    List<String> titleWordsStartingWith(String prefix, int max) throws IOException {
        List<Candidate> found = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, ArticleFields.TITLE_WORDS);
        if (terms == null) {
            return List.of();
        }
        TermsEnum words = terms.iterator();
        BytesRef start = new BytesRef(prefix);
        if (words.seekCeil(start) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        for (BytesRef word = words.term(); word != null && startsWith(word, start); word = words.next()) {
            found.add(new Candidate(word.utf8ToString(), 0, words.docFreq()));
        }
        found.sort((a, b) -> Integer.compare(b.docFreq, a.docFreq));
        return found.subList(0, Math.min(max, found.size())).stream()
                .map(Candidate::text)
                .toList();
    }

    private static boolean startsWith(BytesRef word, BytesRef prefix) {
        if (word.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (word.bytes[word.offset + i] != prefix.bytes[prefix.offset + i]) {
                return false;
            }
        }
        return true;
    }
}
