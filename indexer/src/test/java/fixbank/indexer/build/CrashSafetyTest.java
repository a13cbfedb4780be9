package fixbank.indexer.build;

import static fixbank.indexer.build.ArticleFolder.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real indexer process part-way through a run and checks that the index it leaves behind is the
 * previous one, whole and searchable, and that the next run finishes the job.
 */
class CrashSafetyTest {

    private static final int NEW_ARTICLES = 3000;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void runKilledHalfWayLeavesThePreviousIndexWhole() throws Exception {
        ArticleFolder articles = new ArticleFolder(temp.resolve("articles"));
        Path index = temp.resolve("index");
        articles.write("printing/blank-labels.md", article("Blank labels", "Labels come out blank."));
        articles.write("access/locked-out.md", article("Locked out", "Account is locked."));
        new IndexBuilder().update(articles.root(), index);
        Set<String> committedFiles = files(index);

        String filler = "The cart battery drains overnight because the charger is loose. ".repeat(60);
        for (int i = 0; i < NEW_ARTICLES; i++) {
            articles.write("bulk/article-" + i + ".md", article("Bulk article " + i, filler + i));
        }
        articles.delete("access/locked-out.md");

        Process indexer = new ProcessBuilder(
                        javaExecutable(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        IndexArticles.class.getName(),
                        "--articles",
                        articles.root().toString(),
                        "--index",
                        index.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("indexer.log").toFile())
                .start();
        // Lucene writes a new segment's files as soon as documents arrive, long before the commit.
        while (indexer.isAlive()
                && files(index).containsAll(committedFiles)
                && files(index).size() == committedFiles.size()) {
            Thread.sleep(5);
        }
        assertTrue(
                indexer.isAlive(),
                "the run ended before it could be killed: " + Files.readString(temp.resolve("indexer.log")));
        indexer.destroyForcibly().waitFor();

        assertEquals(
                List.of("access/locked-out", "printing/blank-labels"),
                IndexContents.ids(index),
                "the killed run changed nothing that a reader sees");

        IndexReport report = new IndexBuilder().update(articles.root(), index);
        assertEquals(NEW_ARTICLES, report.added(), report.summary());
        assertEquals(1, report.deleted(), report.summary());
        assertEquals(NEW_ARTICLES + 1, IndexContents.ids(index).size());
    }

    private static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("write.lock"))
                    .collect(Collectors.toSet());
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
