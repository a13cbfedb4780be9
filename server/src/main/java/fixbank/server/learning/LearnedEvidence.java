package fixbank.server.learning;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What suggest knows of the words people used for each article, in memory, for every query to read without
 * touching the database: for each stemmed word, the articles it was learned for and how strongly (0 to 1).
 * {@link LearnedWords} keeps it in step with the database, one article at a time.
 *
 * <p>Thread-safe: readers see each article's words either before or after an update.
 */
public final class LearnedEvidence {

    private final Map<String, Map<String, Float>> articlesByWord = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Float>> wordsByArticle = new ConcurrentHashMap<>();

    /** Nothing learned; what suggest reads when learning is off. */
    public static LearnedEvidence none() {
        return new LearnedEvidence();
    }

    /** For each article learned for any of {@code words} (stemmed): those words, each with its strength. */
    public Map<String, Map<String, Float>> learnedFor(Collection<String> words) {
        if (wordsByArticle.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Float>> learned = new HashMap<>();
        for (String word : words) {
            Map<String, Float> articles = articlesByWord.get(word);
            if (articles != null) {
                articles.forEach((article, strength) -> learned.computeIfAbsent(article, a -> new LinkedHashMap<>())
                        .put(word, strength));
            }
        }
        return learned;
    }

    /** Replaces what is known of {@code article} with {@code strengths} (word to strength; empty forgets it). */
    void replace(String article, Map<String, Float> strengths) {
        Map<String, Float> old = wordsByArticle.remove(article);
        if (old != null) {
            for (String word : old.keySet()) {
                articlesByWord.computeIfPresent(word, (w, articles) -> {
                    Map<String, Float> rest = new HashMap<>(articles);
                    rest.remove(article);
                    return rest.isEmpty() ? null : Map.copyOf(rest);
                });
            }
        }
        if (strengths.isEmpty()) {
            return;
        }
        wordsByArticle.put(article, Map.copyOf(strengths));
        strengths.forEach((word, value) -> articlesByWord.compute(word, (w, articles) -> {
            Map<String, Float> more = articles == null ? new HashMap<>() : new HashMap<>(articles);
            more.put(article, value);
            return Map.copyOf(more);
        }));
    }

    /** Replaces everything known with {@code all} (article to word to strength), article by article. */
    void replaceAll(Map<String, Map<String, Float>> all) {
        for (String article : List.copyOf(wordsByArticle.keySet())) {
            if (!all.containsKey(article)) {
                replace(article, Map.of());
            }
        }
        all.forEach(this::replace);
    }
}
