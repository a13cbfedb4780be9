package fixbank.server.article;

import java.util.List;

/**
 * An article as a reader sees it: metadata (among it the units it applies to, none meaning every unit), its
 * body rendered to safe HTML, the address of its page, and its version, which feedback on it is counted by.
 */
public record ArticleView(
        String id,
        String title,
        String summary,
        List<String> tags,
        List<String> systems,
        List<String> units,
        String visibility,
        String status,
        String owner,
        String updated,
        String reviewBy,
        String html,
        String href,
        String version) {}
