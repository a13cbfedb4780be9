package fixbank.indexer.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * @param owner     the IT point person; empty when none is given
 * @param updated   last update, if given
 * @param reviewBy  date by which the article should be reviewed again, if given
 * @param markdown  the Markdown body (front matter removed), for rendering
 * @param text      the body as plain text, with Markdown, HTML and DocFX markup removed
 * @param headings  the plain text of every heading in the body
 * @param sections  plain text of the recognised sections; absent sections are missing from the map
 */
public record Article(
        ArticleId id,
        String path,
        String title,
        String summary,
        List<String> tags,
        List<String> systems,
        Visibility visibility,
        Status status,
        String owner,
        Optional<LocalDate> updated,
        Optional<LocalDate> reviewBy,
        String markdown,
        String text,
        List<String> headings,
        Map<Section, String> sections) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(status, "status");
        tags = List.copyOf(tags);
        systems = List.copyOf(systems);
        headings = List.copyOf(headings);
        sections = Map.copyOf(sections);
    }

    public Optional<String> section(Section section) {
        return Optional.ofNullable(sections.get(section));
    }
}
