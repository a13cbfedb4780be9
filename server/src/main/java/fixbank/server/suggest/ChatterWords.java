package fixbank.server.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words of a ticket that say nothing about the problem: English function words ("had", "our", "any"), the
 * small talk of tickets ("hi", "pls", "thanks", "tonight") and sign-offs. The index keeps them, so phrases
 * still match, but a ticket query never picks them: in a small knowledge bank almost every word is rare, so
 * rarity alone would choose "tonight" over "pager".
 *
 * <p>The function words are Snowball's English list without the words that carry meaning in a ticket: the
 * negations and the particles of "locked out", "shut down", "logged off".
 */
final class ChatterWords {

    private static final List<String> FUNCTION_WORDS = List.of(
            "i",
            "me",
            "my",
            "myself",
            "we",
            "our",
            "ours",
            "ourselves",
            "you",
            "your",
            "yours",
            "yourself",
            "yourselves",
            "he",
            "him",
            "his",
            "himself",
            "she",
            "her",
            "hers",
            "herself",
            "it",
            "its",
            "itself",
            "they",
            "them",
            "their",
            "theirs",
            "themselves",
            "what",
            "which",
            "who",
            "whom",
            "this",
            "that",
            "these",
            "those",
            "am",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "have",
            "has",
            "had",
            "having",
            "do",
            "does",
            "did",
            "doing",
            "would",
            "should",
            "could",
            "ought",
            "i'm",
            "you're",
            "he's",
            "she's",
            "it's",
            "we're",
            "they're",
            "i've",
            "you've",
            "we've",
            "they've",
            "i'd",
            "you'd",
            "he'd",
            "she'd",
            "we'd",
            "they'd",
            "i'll",
            "you'll",
            "he'll",
            "she'll",
            "we'll",
            "they'll",
            "let's",
            "that's",
            "who's",
            "what's",
            "here's",
            "there's",
            "when's",
            "where's",
            "why's",
            "how's",
            "a",
            "an",
            "the",
            "and",
            "but",
            "if",
            "or",
            "because",
            "as",
            "until",
            "while",
            "of",
            "at",
            "by",
            "for",
            "with",
            "about",
            "against",
            "between",
            "into",
            "through",
            "during",
            "to",
            "from",
            "in",
            "on",
            "then",
            "once",
            "here",
            "there",
            "when",
            "where",
            "why",
            "how",
            "all",
            "any",
            "both",
            "each",
            "few",
            "more",
            "most",
            "other",
            "some",
            "such",
            "nor",
            "only",
            "own",
            "same",
            "so",
            "than",
            "too",
            "very");

    /** What people write around a problem in a ticket, not about it. */
    private static final List<String> SMALL_TALK = List.of(
            "hi",
            "hello",
            "hey",
            "hei",
            "dear",
            "thank",
            "thanks",
            "thx",
            "cheers",
            "regards",
            "please",
            "pls",
            "plz",
            "kind",
            "kindly",
            "best",
            "team",
            "helpdesk",
            "urgent",
            "urgently",
            "asap",
            "morning",
            "afternoon",
            "evening",
            "tonight",
            "today",
            "yesterday",
            "good",
            "sorry",
            "hope",
            "sincerely",
            "appreciate",
            "appreciated");

    private static final Set<String> SMALL_TALK_STEMS = stems(SMALL_TALK);
    private static final Set<String> FUNCTION_WORD_STEMS = stems(FUNCTION_WORDS);

    private ChatterWords() {}

    /** Whether {@code term}, as the index analyzer stems it, is small talk. */
    static boolean isSmallTalk(String term) {
        return SMALL_TALK_STEMS.contains(term);
    }

    /** Whether {@code term}, as the index analyzer stems it, is a function word. */
    static boolean isFunctionWord(String term) {
        return FUNCTION_WORD_STEMS.contains(term);
    }

    private static Set<String> stems(List<String> words) {
        Set<String> stems = new HashSet<>();
        try (Analyzer stemmer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(new LowerCaseFilter(source)));
            }
        }) {
            {
                for (String word : words) {
                    try (TokenStream stream = stemmer.tokenStream("", word)) {
                        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                        stream.reset();
                        while (stream.incrementToken()) {
                            stems.add(term.toString());
                        }
                        stream.end();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        return Set.copyOf(stems);
    }
}
