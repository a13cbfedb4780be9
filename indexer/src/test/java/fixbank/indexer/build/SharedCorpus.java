package fixbank.indexer.build;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The article folders tests read beyond their own: the project's bundled {@code articles/}, and the real-world
 * corpus in {@code ../shared/corpus/office-support} beside the project. Tests that need the corpus skip when it is
 * absent, so the main suite never depends on it.
 */
public final class SharedCorpus {

    private SharedCorpus() {}

    /** The project's {@code articles/}, found upwards from the working folder (a module's, under Maven). */
    public static Path bundledArticles() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("articles"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no articles/ above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("articles");
    }

    public static Path officeSupport() {
        Path project = bundledArticles().getParent();
        Path corpus = project.getParent() == null
                ? null
                : project.getParent().resolve("shared").resolve("corpus").resolve("office-support");
        assumeTrue(corpus != null && Files.isDirectory(corpus), "../shared/corpus/office-support is absent");
        return corpus;
    }
}
