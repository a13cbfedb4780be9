package fixbank.server.suggest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small articles for ranking tests: a title and one Symptoms paragraph. */
final class FixtureArticles {

    private FixtureArticles() {}

    static void write(Path articles, String id, String title, String body) throws IOException {
        Path file = articles.resolve(id + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: " + title + "\n---\n## Symptoms\n" + body + "\n");
    }
}
