package fixbank.indexer.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One parsed resolution article, with every value checked and typed. Produced by {@link ArticleParser};
 * nothing downstream sees the raw front matter.
 *
 * @param id        stable id derived from the file's path
 * @param path      the file's path under the articles root, with {@code /} separators
 * @param title     front-matter title, else the first H1, else a title made from the file name
 * @param summary   short plain summary; empty when none is given
 * @param tags      lower-cased, de-duplicated tags
 * @param systems   applications or devices affected, as written, de-duplicated
 * @param units     the clinical units the article applies to, as written, de-duplicated in any letter case;
 *                  none when it applies on every unit
 * @param owner     the IT point person; empty when none is given
 * @param updated   last update, if given
 * @param reviewBy  date by which the article should be reviewed again, if given
 * @param markdown  the Markdown body (front matter removed), for rendering
 * @param text      the body as plain text, with Markdown, HTML and DocFX markup removed
 * @param headings  the plain text of every heading in the body
 * @param sections  where in {@code text} each recognised section lies, in order; absent sections are missing from
 *                  the map
 */
public record Article(
        ArticleId id,
        String path,
        String title,
        String summary,
        List<String> tags,
        List<String> systems,
        List<String> units,
        Visibility visibility,
        Status status,
        String owner,
        Optional<LocalDate> updated,
        Optional<LocalDate> reviewBy,
        String markdown,
        String text,
        List<String> headings,
        Map<Section, List<TextRange>> sections) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(text, "text");
        tags = List.copyOf(tags);
        systems = List.copyOf(systems);
        units = List.copyOf(units);
        headings = List.copyOf(headings);
        Map<Section, List<TextRange>> ranges = new EnumMap<>(Section.class);
        sections.forEach((section, parts) -> {
            for (TextRange part : parts) {
                if (part.end() > text.length()) {
                    throw new IllegalArgumentException(section + " ends past the text: " + part);
                }
            }
            ranges.put(section, List.copyOf(parts));
        });
        sections = Collections.unmodifiableMap(ranges);
    }

    /**
     * What a reader reads, as 16 hex digits of its SHA-256: title, summary and body. Feedback is counted per
     * version, so a rewritten article starts a fresh tally; an edit of front matter alone (owner, tags,
     * review date) keeps it.
     */
    public String version() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(title, summary == null ? "" : summary, markdown == null ? "" : markdown)) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The plain text of {@code section}: its parts, a line each. */
    public Optional<String> section(Section section) {
        return Optional.ofNullable(sections.get(section))
                .map(parts -> parts.stream().map(part -> part.of(text)).collect(Collectors.joining("\n")));
    }
}
