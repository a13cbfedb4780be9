package fixbank.indexer.build;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real-world corpus in {@code ../shared/corpus/office-support}, beside the project. Tests that need it
 * skip when it is absent, so the main suite never depends on it.
 */
final class SharedCorpus {

    private SharedCorpus() {}

    static Path officeSupport() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("articles"))) {
            dir = dir.getParent();
        }
        Path corpus = dir == null || dir.getParent() == null
                ? null
                : dir.getParent().resolve("shared").resolve("corpus").resolve("office-support");
        assumeTrue(corpus != null && Files.isDirectory(corpus), "../shared/corpus/office-support is absent");
        return corpus;
    }
}
