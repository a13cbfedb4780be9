package fixbank.indexer.article;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of a resolution article that are indexed as fields of their own. A heading belongs to a section
 * when its first word is one of the section's names, so "Symptoms", "Problem description", "Workaround 2" and
 * "Fix" are all recognised.
 */
public enum Section {
    SYMPTOMS(Set.of("symptom", "symptoms", "problem", "problems")),
    CAUSE(Set.of("cause", "causes")),
    RESOLUTION(
            Set.of("resolution", "resolutions", "solution", "solutions", "workaround", "workarounds", "fix", "fixes"));

    private final Set<String> headingWords;

    Section(Set<String> headingWords) {
        this.headingWords = headingWords;
    }

    public static Optional<Section> forHeading(String heading) {
        String text = heading.strip();
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String first = text.substring(0, end).toLowerCase(Locale.ROOT);
        for (Section section : values()) {
            if (section.headingWords.contains(first)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
