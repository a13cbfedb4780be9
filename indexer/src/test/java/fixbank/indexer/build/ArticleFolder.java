package fixbank.indexer.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** A real folder of article files for tests to write, touch and delete. */
final class ArticleFolder {

    private final Path root;

    ArticleFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** A folder holding two small articles, printing/blank-labels and access/locked-out. */
    static ArticleFolder withTwoArticles(Path root) {
        ArticleFolder folder = new ArticleFolder(root);
        folder.write("printing/blank-labels.md", article("Blank labels", "Labels come out blank."));
        folder.write("access/locked-out.md", article("Locked out", "Account is locked."));
        return folder;
    }

    static String article(String title, String body) {
        return "---\ntitle: " + title + "\ntags: [test]\n---\n## Symptoms\n" + body + "\n";
    }

    Path write(String relativePath, String content) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes content but keeps the file's size and time, as if nothing changed. */
    void writeKeepingStamp(String relativePath, String content) throws IOException {
        Path file = root.resolve(relativePath);
        FileTime time = Files.getLastModifiedTime(file);
        if (Files.size(file) != content.length()) {
            throw new IllegalArgumentException("content must keep the file's size");
        }
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, time);
    }

    /** Moves a file's modification time forward, as an edit on a coarse-clock file system would. */
    void touch(String relativePath, long plusMillis) throws IOException {
        Path file = root.resolve(relativePath);
        Files.setLastModifiedTime(
                file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + plusMillis));
    }

    void delete(String relativePath) throws IOException {
        Files.delete(root.resolve(relativePath));
    }

    void move(String from, String to) throws IOException {
        Path target = root.resolve(to);
        Files.createDirectories(target.getParent());
        Files.move(root.resolve(from), target);
    }
}
