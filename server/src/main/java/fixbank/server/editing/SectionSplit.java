package fixbank.server.editing;

import fixbank.indexer.article.Section;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article body taken apart into what the editor's form shows: the text before the first recognised
 * section, and the Markdown of Symptoms, Cause and Resolution. A section runs until the next recognised
 * section's {@code ##} heading, so sub-headings and sections the form has no box for ("If this did not
 * help", "Related") stay, word for word, inside the section they follow. The leading {@code # Title} line
 * is dropped: the title is a field of its own and is written back as that heading.
 */
record SectionSplit(String intro, Map<Section, String> sections, Map<Section, String> headings) {

    private static final Pattern H1 = Pattern.compile("^ {0,3}# +(.*?)(?: +#+)? *$");
    private static final Pattern H2 = Pattern.compile("^ {0,3}## +(.*?)(?: +#+)? *$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*");

    SectionSplit {
        sections = Map.copyOf(sections);
        headings = Collections.unmodifiableMap(new LinkedHashMap<>(headings));
    }

    /**
     * Splits {@code markdown}. A leading {@code # heading} is dropped only when it says {@code title}: one that
     * says something else is part of the text and stays in the intro.
     */
    static SectionSplit of(String markdown, String title) {
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        int start = 0;
        while (start < lines.length && lines[start].isBlank()) {
            start++;
        }
        if (start < lines.length) {
            Matcher h1 = H1.matcher(lines[start]);
            if (h1.matches() && h1.group(1).strip().equals(title.strip())) {
                start++;
            }
        }
        StringBuilder intro = new StringBuilder();
        Map<Section, StringBuilder> sections = new EnumMap<>(Section.class);
        Map<Section, String> headings = new LinkedHashMap<>(); // in the file's order
        StringBuilder current = intro;
        boolean inFence = false;
        for (int i = start; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            }
            Matcher heading = H2.matcher(line);
            if (!inFence && heading.matches()) {
                var section = Section.forHeading(heading.group(1));
                if (section.isPresent() && !sections.containsKey(section.get())) {
                    current = new StringBuilder();
                    sections.put(section.get(), current);
                    headings.put(section.get(), heading.group(1).strip());
                    continue;
                }
            }
            current.append(line).append('\n');
        }
        Map<Section, String> texts = new EnumMap<>(Section.class);
        sections.forEach((section, text) -> texts.put(section, text.toString().strip()));
        return new SectionSplit(intro.toString().strip(), texts, headings);
    }

    /** Each section's heading as written, in the order the file has them. */
    Map<Section, String> headingsInOrder() {
        return headings;
    }

    String section(Section section) {
        return sections.getOrDefault(section, "");
    }
}
