package fixbank.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the articles and the index live, and how often the articles folder is looked at for changes.
 *
 * @param articles folder of Markdown articles
 * @param index folder of the Lucene index, created or updated at start
 * @param watchInterval time between two looks at the articles folder; at least a second
 */
public record IndexSettings(Path articles, Path index, Duration watchInterval) {

    public IndexSettings {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(index, "index");
        if (watchInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("watch-seconds must be 1 or more");
        }
    }

    public IndexSettings withWatchInterval(Duration interval) {
        return new IndexSettings(articles, index, interval);
    }
}
