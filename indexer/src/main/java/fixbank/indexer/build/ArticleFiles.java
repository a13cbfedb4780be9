package fixbank.indexer.build;

import fixbank.indexer.article.ArticleId;
import fixbank.indexer.schema.SourceStamp;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the article files under a root: every {@code *.md} file in any sub-folder, except {@code README.md}
 * files (they describe the folder, they are not articles) and hidden files and folders (names starting with
 * a dot, such as {@code .git}). Symbolic links are not followed.
 */
final class ArticleFiles {

    private ArticleFiles() {}

    /** The article files under {@code root}, sorted by path so runs are repeatable. */
    static List<ArticleFile> scan(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "not a folder");
        }
        List<ArticleFile> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isArticle(file)) {
                    ArticleId id = ArticleId.of(root, file);
                    String relativePath = id.value() + ".md";
                    SourceStamp stamp = new SourceStamp(
                            attrs.size(), attrs.lastModifiedTime().toMillis());
                    files.add(new ArticleFile(file, relativePath, id, stamp));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // A file deleted while we walk is simply not there this run.
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(ArticleFile::relativePath));
        return files;
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") && !name.toLowerCase(Locale.ROOT).equals("readme.md") && !isHidden(file);
    }
}
