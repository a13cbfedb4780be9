package fixbank.server.suggest;

import fixbank.indexer.schema.ArticleFields;
import fixbank.server.search.AnalyzedTerms;
import fixbank.server.search.FieldWeights;
import fixbank.server.why.QueryWord;
import fixbank.server.why.QueryWord.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a draft ticket, often long and noisy (greetings, pasted errors, stack traces), into a small query of
 * its most telling words, in the spirit of Lucene's MoreLikeThis: every word is weighed by how rare it is in
 * the knowledge bank, words in the title count double, and only the best few are kept. Greetings and sign-offs
 * are dropped. A word no article contains is taken for a typo and replaced by the closest words that do, at
 * a discount so an exact match still wins; the title's last word may still be being typed, so it also
 * matches title words that start with it.
 */
final class TicketQuery {

    /** More words than this add time, not precision: on the shared corpus 24 cost three times 12 for no gain. */
    static final int MAX_TERMS = 12;

    /**
     * Beyond {@link #MAX_TERMS}, further words are kept while their postings together stay under
     * {@link #EXTRA_POSTINGS}: cheap in any bank, and in a small one, where almost every word is rare and rarity
     * says little, they keep the plain, telling words that the rarest ones (a drug, a ward) would crowd out.
     * On the hospital dev tickets (49 articles) this lifted staff TD MRR@10 from 0.922 to 0.939; on the Office
     * corpus it changed no track by more than 0.003.
     */
    static final int MAX_EXTRA_TERMS = 40;

    static final long EXTRA_POSTINGS = 2_000;

    private static final float TITLE_WEIGHT = 2.0f;
    /** A synonym of a typed word counts for less than the word itself, so synonyms add matches, not noise. */
    private static final float SYNONYM_DISCOUNT = 0.5f;

    private static final Map<String, Float> PHRASE_FIELDS =
            Map.of(ArticleFields.TITLE, 4.0f, ArticleFields.HEADINGS, 3.0f);
    private static final int PHRASE_SLOP = 3;
    private static final int MAX_PHRASE_TERMS = 8;

    /**
     * Neighbouring words of the ticket's text that stay close together in an article's text say more than
     * the same words apart: "badge reader" is one thing, a badge and a reader are two. Only the pairs of the
     * rarest words are kept, each costing a positional lookup in the body. On the shared dev set six pairs
     * with slop 3 lifted descriptions from 0.952 to 0.962 MRR@10, titles from 0.983 to 0.985 and filed
     * tickets from 0.985 to 0.987, for 5% more time; eight pairs gained 0.003 more for 25% more time.
     */
    private static final int MAX_PAIRS = 6;

    private static final int PAIR_SLOP = 3;
    private static final float PAIR_WEIGHT = 1.0f;

    private TicketQuery() {}

    static boolean isBoilerplate(String term) {
        return ChatterWords.isSmallTalk(term);
    }

    static TicketPlan build(Analyzer analyzer, Vocabulary vocabulary, String title, String description)
            throws IOException {
        return build(analyzer, vocabulary, title, description, 1);
    }

    /** As above, with at least {@code minMatched} of the chosen words (or all, if fewer) matching every hit. */
    static TicketPlan build(Analyzer analyzer, Vocabulary vocabulary, String title, String description, int minMatched)
            throws IOException {
        TypedPrefix prefix = TypedPrefix.of(analyzer, title);
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        AnalyzedTerms titleTerms = AnalyzedTerms.split(analyzer, ArticleFields.BODY, prefix.complete());
        // Synonyms come from the whole title: "log in" is a phrase even while its last word is being typed.
        AnalyzedTerms wholeTitle = AnalyzedTerms.split(analyzer, ArticleFields.BODY, title);
        AnalyzedTerms descriptionTerms = AnalyzedTerms.split(analyzer, ArticleFields.BODY, description);
        addTerms(candidates, titleTerms, titleTerms.words(), TITLE_WEIGHT, Source.TYPED);
        addTerms(candidates, descriptionTerms, withoutFunctionWords(descriptionTerms.words()), 1.0f, Source.TYPED);
        addTerms(candidates, wholeTitle, wholeTitle.synonyms(), TITLE_WEIGHT * SYNONYM_DISCOUNT, Source.SYNONYM);
        addTerms(candidates, descriptionTerms, descriptionTerms.synonyms(), SYNONYM_DISCOUNT, Source.SYNONYM);

        List<QueryWord> known = new ArrayList<>();
        List<QueryWord> unknown = new ArrayList<>();
        Map<String, String> typed = new LinkedHashMap<>();
        for (Map.Entry<String, Candidate> entry : candidates.entrySet()) {
            Candidate candidate = entry.getValue();
            if (candidate.source() == Source.TYPED) {
                typed.put(entry.getKey(), candidate.typed());
            }
            int df = vocabulary.docFreq(entry.getKey());
            if (df > 0) {
                known.add(new QueryWord(
                        entry.getKey(),
                        candidate.typed(),
                        candidate.source(),
                        candidate.weight(),
                        candidate.weight() * vocabulary.idf(df),
                        df));
            } else if (!hasSynonyms(analyzer, entry.getKey())) {
                List<String> corrections = vocabulary.corrections(entry.getKey());
                if (corrections.isEmpty() && candidate.source() == Source.TYPED) {
                    unknown.add(new QueryWord(
                            entry.getKey(),
                            candidate.typed(),
                            Source.TYPED,
                            candidate.weight(),
                            candidate.weight() * vocabulary.idf(0),
                            0));
                }
                for (String correction : corrections) {
                    // "beeps" is no misspelt "been": a correction must be a word worth looking for.
                    if (!candidates.containsKey(correction)
                            && !isBoilerplate(correction)
                            && !ChatterWords.isFunctionWord(correction)) {
                        float weight = candidate.weight() * Vocabulary.CORRECTION_DISCOUNT;
                        int correctionDf = vocabulary.docFreq(correction);
                        known.add(new QueryWord(
                                correction,
                                candidate.typed(),
                                Source.SPELLING,
                                weight,
                                weight * vocabulary.idf(correctionDf),
                                correctionDf));
                    }
                }
            }
        }
        known.sort(Comparator.comparingDouble(QueryWord::informativeness).reversed());

        BooleanQuery.Builder query = new BooleanQuery.Builder();
        BooleanQuery.Builder firstPass = new BooleanQuery.Builder();
        BooleanQuery.Builder required = new BooleanQuery.Builder();
        BooleanQuery.Builder wordClauses = minMatched > 1 ? required : query;
        List<QueryWord> used = new ArrayList<>();
        long postings = 0;
        long candidatePostings = 0;
        for (QueryWord word : known) {
            if (used.size() >= MAX_TERMS) {
                postings += word.docFreq();
                if (used.size() >= MAX_EXTRA_TERMS || postings > EXTRA_POSTINGS) {
                    break;
                }
            }
            wordClauses.add(new BoostQuery(anyField(vocabulary, word.term()), word.weight()), Occur.SHOULD);
            if (used.size() < MAX_TERMS) {
                addMainFields(firstPass, vocabulary, word);
                candidatePostings += word.docFreq();
            }
            used.add(word);
        }
        if (minMatched > 1 && !used.isEmpty()) {
            query.add(
                    required.setMinimumNumberShouldMatch(Math.min(minMatched, used.size()))
                            .build(),
                    Occur.MUST);
        }
        if (titleTerms.words().size() >= 2) {
            query.add(proximity(titleTerms.words()), Occur.SHOULD);
        }
        // Pairs from the description, which carries the ticket's wording; a ticket with only a title gets
        // them from the title, whose closeness in a title or heading is rewarded apart (proximity above).
        addWordPairs(
                query, descriptionTerms.words().isEmpty() ? titleTerms.words() : descriptionTerms.words(), vocabulary);
        TypedPrefix.Typing typing = prefix.query(analyzer, vocabulary, used);
        if (typing != null) {
            query.add(new BoostQuery(typing.full(), TITLE_WEIGHT), Occur.SHOULD);
            firstPass.add(new BoostQuery(typing.candidates(), TITLE_WEIGHT), Occur.SHOULD);
            candidatePostings += typing.postings();
        }
        boolean none = used.isEmpty() && typing == null;
        return new TicketPlan(
                none ? new MatchNoDocsQuery("no known words in the ticket") : query.build(),
                none ? new MatchNoDocsQuery("no known words in the ticket") : firstPass.build(),
                candidatePostings,
                used,
                unknown,
                typed);
    }

    /**
     * Whether the synonyms file knows {@code term}: then it is ward or IT slang ("bleep"), not a typo, and its
     * synonyms already stand for it, so it is not "corrected" into an unrelated word of the bank ("beep").
     */
    private static boolean hasSynonyms(Analyzer analyzer, String term) {
        return !AnalyzedTerms.split(analyzer, ArticleFields.BODY, term)
                .synonyms()
                .isEmpty();
    }

    private static List<String> withoutFunctionWords(List<String> terms) {
        return terms.stream().filter(term -> !ChatterWords.isFunctionWord(term)).toList();
    }

    /** A word of the ticket before it is looked up: its heaviest weight, and where that came from. */
    private record Candidate(float weight, String typed, Source source) {}

    private static void addTerms(
            Map<String, Candidate> candidates,
            AnalyzedTerms analysed,
            List<String> terms,
            float weight,
            Source source) {
        for (String term : terms) {
            if (!isBoilerplate(term)) {
                Candidate candidate = new Candidate(weight, analysed.typed(term), source);
                candidates.merge(term, candidate, (old, added) -> added.weight() > old.weight() ? added : old);
            }
        }
    }

    /**
     * Rewards articles whose title or a heading has the title's words close together and in order,
     * as a known problem's name usually is.
     */
    private static Query proximity(List<String> terms) {
        List<Query> perField = new ArrayList<>();
        for (Map.Entry<String, Float> field : PHRASE_FIELDS.entrySet()) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(PHRASE_SLOP);
            for (int i = 0; i < terms.size() && i < MAX_PHRASE_TERMS; i++) {
                phrase.add(new Term(field.getKey(), terms.get(i)), i);
            }
            perField.add(new BoostQuery(phrase.build(), field.getValue()));
        }
        return new DisjunctionMaxQuery(perField, 0.1f);
    }

    /**
     * Rewards articles whose text has consecutive ticket words near each other. The words are the text's
     * distinct words in order, so a repeated word joins its first neighbour only.
     */
    private static void addWordPairs(BooleanQuery.Builder query, List<String> words, Vocabulary vocabulary)
            throws IOException {
        List<WordPair> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String first = words.get(i);
            String second = words.get(i + 1);
            if (isBoilerplate(first) || isBoilerplate(second)) {
                continue;
            }
            int firstDf = vocabulary.docFreq(first);
            int secondDf = vocabulary.docFreq(second);
            if (firstDf > 0 && secondDf > 0) {
                pairs.add(new WordPair(first, second, Math.min(vocabulary.idf(firstDf), vocabulary.idf(secondDf))));
            }
        }
        pairs.sort(Comparator.comparingDouble(WordPair::informativeness).reversed());
        for (WordPair pair : pairs.subList(0, Math.min(MAX_PAIRS, pairs.size()))) {
            query.add(
                    new BoostQuery(
                            new PhraseQuery(PAIR_SLOP, ArticleFields.BODY, pair.first(), pair.second()), PAIR_WEIGHT),
                    Occur.SHOULD);
        }
    }

    /** Two neighbouring words, as telling as the commoner of them. */
    private record WordPair(String first, String second, float informativeness) {}

    /** The term matched in any text field, the best field deciding. */
    static Query anyField(Vocabulary vocabulary, String term) throws IOException {
        List<Query> perField = new ArrayList<>();
        for (Map.Entry<String, Float> field : FieldWeights.TEXT_FIELDS.entrySet()) {
            perField.add(new BoostQuery(vocabulary.termQuery(field.getKey(), term), field.getValue()));
        }
        return new DisjunctionMaxQuery(perField, 0.1f);
    }

    /**
     * The word in the fields that hold all of an article's words, for the first pass of {@link TwoPassRanking}:
     * clauses of one flat disjunction of terms, the plain query Lucene runs fastest, where the full query takes
     * the best of every field. Only the {@link #MAX_TERMS} most telling words: the further ones are rare, so
     * they add little to which articles are candidates and cost a lookup in every segment.
     */
    static void addMainFields(BooleanQuery.Builder query, Vocabulary vocabulary, QueryWord word) throws IOException {
        for (Map.Entry<String, Float> field : FieldWeights.MAIN_FIELDS.entrySet()) {
            query.add(
                    new BoostQuery(vocabulary.termQuery(field.getKey(), word.term()), field.getValue() * word.weight()),
                    Occur.SHOULD);
        }
    }
}
