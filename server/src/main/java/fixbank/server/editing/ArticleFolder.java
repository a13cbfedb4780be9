package fixbank.server.editing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The article files the editor reads and writes. An article's file is {@code ID.md} under the articles
 * folder; a change proposed to a published article waits in {@code .pending/ID.md}, which the indexer skips
 * (hidden folder), so readers go on seeing the published text until the change is approved.
 * Every write is a {@link CrashSafeFile} write.
 */
final class ArticleFolder {

    static final String PENDING = ".pending";
    private static final String EXTENSION = ".md";

    private final Path root;

    ArticleFolder(Path root) {
        this.root = root;
    }

    /** A file as read: its text and version, the hash of its bytes. */
    record Stored(String text, String version) {}

    Path published(EditableId id) {
        return root.resolve(id.value() + EXTENSION);
    }

    Path pending(EditableId id) {
        return root.resolve(PENDING).resolve(id.value() + EXTENSION);
    }

    /** The file's text and version; empty when there is no such file. */
    Optional<Stored> read(Path file) throws IOException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(new Stored(new String(bytes, StandardCharsets.UTF_8), CrashSafeFile.version(bytes)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    void write(Path file, String text) throws IOException {
        CrashSafeFile.write(file, text);
    }

    void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /** The ids of every proposed change waiting in {@code .pending}. */
    List<EditableId> pendingIds() throws IOException {
        Path folder = root.resolve(PENDING);
        List<EditableId> ids = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return ids;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && name.endsWith(EXTENSION) && !name.startsWith(".")) {
                    String relative = folder.relativize(file)
                            .toString()
                            .replace(file.getFileSystem().getSeparator(), "/");
                    EditableId.parse(relative.substring(0, relative.length() - EXTENSION.length()))
                            .ifPresent(ids::add);
                }
            }
        }
        ids.sort(null);
        return ids;
    }
}
