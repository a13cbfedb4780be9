package fixbank.server.why;

import fixbank.server.why.QueryWord.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Puts what an article matched into a {@link Why}, with a sentence a clinician can read. */
public final class WhyWriter {

    /** A sentence names this many words at most; the list has them all. */
    private static final int WORDS_IN_SUMMARY = 4;

    private WhyWriter() {}

    /** Where a learned word matched: not in the article, in the tickets it solved. */
    static final String LEARNED_PLACE = "tickets";

    public static Why of(
            List<WordMatches.Match> textMatches, List<QueryWord> learned, List<QueryWord> asked, Why.Meaning meaning) {
        List<WordMatches.Match> matches = new ArrayList<>(textMatches);
        for (QueryWord word : learned) {
            matches.add(new WordMatches.Match(word, List.of(LEARNED_PLACE)));
        }
        List<Why.Word> words = new ArrayList<>();
        Set<String> matchedTyped = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> listed = new LinkedHashSet<>();
        for (WordMatches.Match match : matches) {
            QueryWord word = match.word();
            // A half-typed word that completes to itself is one word, not two.
            if (!listed.add(word.term())) {
                continue;
            }
            words.add(new Why.Word(word.term(), word.typed(), word.source().key(), match.fields()));
            matchedTyped.add(word.typed().toLowerCase(Locale.ROOT));
            if (word.source() != Source.LEARNED) {
                places.addAll(match.fields());
            }
        }
        Set<String> unmatched = new LinkedHashSet<>();
        for (QueryWord word : asked) {
            String typed = word.typed().toLowerCase(Locale.ROOT);
            if (word.source() != Source.PREFIX && !matchedTyped.contains(typed)) {
                unmatched.add(typed);
            }
        }
        return new Why(summary(matches, places, meaning), words, List.copyOf(unmatched), meaning);
    }

    private static String summary(List<WordMatches.Match> matches, Set<String> places, Why.Meaning meaning) {
        if (matches.isEmpty()) {
            return "None of your words matched; it was suggested for its meaning.";
        }
        List<String> named = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (WordMatches.Match match : matches) {
            QueryWord word = match.word();
            if (named.size() < WORDS_IN_SUMMARY && seen.add(word.typed().toLowerCase(Locale.ROOT))) {
                named.add(describe(word));
            }
        }
        String sentence = places.isEmpty()
                ? "Matched " + joined(named) + "."
                : "Matched " + joined(named) + " in the " + joined(List.copyOf(places)) + ".";
        if (meaning != null && meaning.rank() < meaning.wordRank()) {
            sentence += " Its meaning is close to your ticket's, which moved it up from place " + meaning.wordRank()
                    + " to " + meaning.rank() + ".";
        }
        return sentence;
    }

    private static String describe(QueryWord word) {
        String quoted = "“" + word.typed() + "”";
        return switch (word.source()) {
            case TYPED -> quoted;
            case SYNONYM -> "“" + word.term() + "” (another word for " + quoted + ")";
            case SPELLING -> "“" + word.term() + "” (" + quoted + " as spelled in the article)";
            case PREFIX -> "“" + word.term() + "” (completing " + quoted + ")";
            case LEARNED -> quoted + " (used in earlier tickets this article solved)";
        };
    }

    private static String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return parts.subList(0, parts.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + parts.get(parts.size() - 1);
    }
}
