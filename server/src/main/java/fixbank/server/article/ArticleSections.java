package fixbank.server.article;

import fixbank.indexer.article.Section;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Groups an article body into the sections the page sets apart: each {@code h2} and what follows it up to the
 * next {@code h2} becomes {@code <section class="article-section section-KIND">}, where KIND is
 * {@code symptoms}, {@code cause} or {@code resolution} for the headings the index files under those fields
 * ({@link Section#forHeading}), {@code related} for "Related …" and "See also", and absent otherwise. What
 * comes before the first {@code h2} is left as it is.
 *
 * <p>Runs on cleaned HTML: the classes it adds are the server's, never an author's.
 */
final class ArticleSections {

    // Display only: a reading list is styled differently but is no part of a fix, so it is not a Section
    // and gets no field of its own in the index.
    private static final Pattern RELATED =
            Pattern.compile("(?:related|see\\s+also)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private ArticleSections() {}

    /** Wraps the sections among the children of {@code body} in place. */
    static void group(Element body) {
        Element section = null;
        for (Node child : List.copyOf(body.childNodes())) {
            if (child instanceof Element heading && heading.nameIs("h2")) {
                section = new Element("section").addClass("article-section");
                kind(heading.text()).ifPresent(section::addClass);
                child.before(section);
            }
            if (section != null) {
                section.appendChild(child);
            }
        }
    }

    private static Optional<String> kind(String heading) {
        Optional<Section> section = Section.forHeading(heading);
        if (section.isPresent()) {
            return Optional.of(
                    switch (section.get()) {
                        case SYMPTOMS -> "section-symptoms";
                        case CAUSE -> "section-cause";
                        case RESOLUTION -> "section-resolution";
                    });
        }
        if (RELATED.matcher(heading.strip()).matches()) {
            return Optional.of("section-related");
        }
        return Optional.empty();
    }
}
