package fixbank.indexer.article;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * An article's identity: its path under the articles root, without {@code .md}, always with {@code /}
 * separators (for example {@code printing/wristband-printer-blank-labels}). The same file gets the same id
 * on every run and every operating system.
 */
public record ArticleId(String value) implements Comparable<ArticleId> {

    private static final String EXTENSION = ".md";

    public ArticleId {
        Objects.requireNonNull(value, "value must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an article id must not be blank");
        }
    }

    /** The id of {@code file}, a Markdown file somewhere under {@code root}. */
    public static ArticleId of(Path root, Path file) {
        return ofRelativePath(
                root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
    }

    /** The id for a relative path with {@code /} separators, such as {@code printing/label.md}. */
    public static ArticleId ofRelativePath(String relativePath) {
        String path = relativePath.endsWith(EXTENSION)
                ? relativePath.substring(0, relativePath.length() - EXTENSION.length())
                : relativePath;
        return new ArticleId(path);
    }

    /** The key under which ids that differ only by case collide (they cannot coexist on every file system). */
    public String caseFoldedKey() {
        return value.toLowerCase(Locale.ROOT);
    }

    /** The last path segment, used to derive a title when an article has none. */
    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    @Override
    public int compareTo(ArticleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
