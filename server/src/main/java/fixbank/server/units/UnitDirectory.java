package fixbank.server.units;

import fixbank.indexer.units.Unit;
import fixbank.indexer.units.UnitsFile;
import fixbank.server.editing.CrashSafeFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clinical units and their IT point people, from {@code units.yaml} in the articles folder. The file is
 * read again when it changes (by size or modification time), so an edit, a Git pull, is served at once;
 * entries with problems are left out and the problems logged with their lines.
 *
 * <p>Thread-safe.
 */
public final class UnitDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(UnitDirectory.class);

    private final Path file;
    private Snapshot current = new Snapshot(-1, -1, List.of());

    /** What was read, and the size and time of the file it was read from. */
    private record Snapshot(long size, long modified, List<Unit> units) {}

    public UnitDirectory(Path articles) {
        this.file = articles.resolve(UnitsFile.NAME);
    }

    /** The file's version, the hash of its bytes (of no bytes when there is no file), for {@code If-Match}. */
    public String version() throws IOException {
        try {
            return CrashSafeFile.version(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return CrashSafeFile.version(new byte[0]);
        }
    }

    /** The units, in the file's order; none when there is no file. */
    public synchronized List<Unit> units() throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            current = new Snapshot(-1, -1, List.of());
            return current.units();
        }
        long modified = attributes.lastModifiedTime().toMillis();
        if (attributes.size() != current.size() || modified != current.modified()) {
            UnitsFile.Read read = UnitsFile.read(UnitsFile.NAME, Files.readString(file, StandardCharsets.UTF_8));
            read.problems().forEach(problem -> LOG.warn("{}", problem));
            current = new Snapshot(attributes.size(), modified, read.units());
        }
        return current.units();
    }
}
