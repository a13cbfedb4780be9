package fixbank.server.units;

import fixbank.indexer.article.ArticleProblem;
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
import java.util.Optional;
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
    private Snapshot current = Snapshot.NO_FILE;

    /** What was read, its problems, the version of the bytes it was read from, and the file's size and time. */
    private record Snapshot(long size, long modified, String version, List<Unit> units, List<ArticleProblem> problems) {

        static final Snapshot NO_FILE = new Snapshot(-1, -1, CrashSafeFile.version(new byte[0]), List.of(), List.of());
    }

    /** The units as served, the version they were read from, and the problems of the entries left out. */
    public record Listing(List<Unit> units, String version, List<ArticleProblem> problems) {}

    public UnitDirectory(Path articles) {
        this.file = articles.resolve(UnitsFile.NAME);
    }

    /** The file's version on disk now, the hash of its bytes (of no bytes when there is no file). */
    public String versionOnDisk() throws IOException {
        try {
            return CrashSafeFile.version(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Snapshot.NO_FILE.version();
        }
    }

    /** The unit {@code units.yaml} lists by this name, in any letter case. */
    public Optional<Unit> find(String name) throws IOException {
        String wanted = name.strip();
        return units().stream()
                .filter(unit -> unit.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** The units, in the file's order; none when there is no file. */
    public List<Unit> units() throws IOException {
        return listing().units();
    }

    /**
     * The units with the version of the bytes they were read from, which is what an edit made from them must
     * name, and the problems of the entries left out.
     */
    public synchronized Listing listing() throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            current = Snapshot.NO_FILE;
            return listing(current);
        }
        long modified = attributes.lastModifiedTime().toMillis();
        if (attributes.size() != current.size() || modified != current.modified()) {
            byte[] bytes = Files.readAllBytes(file);
            UnitsFile.Read read = UnitsFile.read(UnitsFile.NAME, new String(bytes, StandardCharsets.UTF_8));
            read.problems().forEach(problem -> LOG.warn("{}", problem));
            current = new Snapshot(
                    attributes.size(), modified, CrashSafeFile.version(bytes), read.units(), read.problems());
        }
        return listing(current);
    }

    private static Listing listing(Snapshot snapshot) {
        return new Listing(snapshot.units(), snapshot.version(), snapshot.problems());
    }
}
