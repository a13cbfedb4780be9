package fixbank.server.units;

import fixbank.indexer.article.ArticleProblem;
import fixbank.indexer.units.Unit;
import fixbank.indexer.units.UnitsFile;
import fixbank.server.access.Caller;
import fixbank.server.audit.AuditLog;
import fixbank.server.editing.CrashSafeFile;
import fixbank.server.editing.EditConflictException;
import fixbank.server.editing.FolderWriteLock;
import fixbank.server.validation.InvalidRequestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Admins' edits of the units list from the browser, written back to {@code units.yaml} so that Git tracks it
 * as if edited by hand: the comment lines at the top of the file are kept, every value is double-quoted so
 * that YAML cannot misread it, and the write is crash-safe. An edit names the version it replaces, so a hand
 * edit, a {@code git pull} or an edit through another server sharing the folder in between is reported, not
 * overwritten ({@link FolderWriteLock}). Each edit goes in the audit log.
 *
 * <p>Thread-safe.
 */
public final class UnitsEditor {

    public static final int MAX_UNITS = 500;
    public static final int MAX_VALUE = 200;

    private final Path file;
    private final UnitDirectory directory;
    private final AuditLog audit;
    private final FolderWriteLock writes;

    public UnitsEditor(Path articles, UnitDirectory directory, AuditLog audit) {
        this.file = articles.resolve(UnitsFile.NAME);
        this.directory = directory;
        this.audit = audit;
        this.writes = new FolderWriteLock(articles);
    }

    /**
     * Replaces the list with {@code units} if the file is still of version {@code ifMatch}; answers the new
     * version.
     */
    public synchronized String replace(List<Unit> units, String ifMatch, Caller caller) throws IOException {
        check(units);
        try (FolderWriteLock.Held held = writes.hold()) {
            return write(units, ifMatch, caller);
        }
    }

    private String write(List<Unit> units, String ifMatch, Caller caller) throws IOException {
        if (!ifMatch.equals(directory.versionOnDisk())) {
            throw EditConflictException.state(
                    "the units list was changed (in the browser, by hand or by git pull) after you opened it;"
                            + " nothing was saved");
        }
        List<ArticleProblem> problems = directory.listing().problems();
        if (!problems.isEmpty()) {
            // Entries with problems are not served, so a list saved from the browser would silently drop them.
            throw EditConflictException.state("units.yaml has entries that cannot be read, and saving from the"
                    + " browser would lose them; fix the file first: " + problems.get(0));
        }
        String text = header() + entries(units);
        UnitsFile.Read read = UnitsFile.read(UnitsFile.NAME, text);
        if (!read.problems().isEmpty()) {
            throw new InvalidRequestException(
                    "units", "the list would not read back: " + read.problems().get(0));
        }
        CrashSafeFile.write(file, text);
        String version = CrashSafeFile.version(text);
        audit.record(caller.name(), "edit-units", UnitsFile.NAME, version, units.size() + " units");
        return version;
    }

    private static void check(List<Unit> units) {
        if (units.size() > MAX_UNITS) {
            throw new InvalidRequestException("units", "at most " + MAX_UNITS + " units");
        }
        Set<String> names = new HashSet<>();
        for (Unit unit : units) {
            for (String value : List.of(unit.name(), unit.contact(), unit.phone(), unit.hours(), unit.escalation())) {
                if (value.length() > MAX_VALUE || value.chars().anyMatch(Character::isISOControl)) {
                    throw new InvalidRequestException(
                            "units", "each value is one line of at most " + MAX_VALUE + " characters");
                }
            }
            if (unit.name().isBlank() || unit.contact().isBlank()) {
                throw new InvalidRequestException("units", "every unit needs a name and a contact");
            }
            if (!names.add(unit.name().strip().toLowerCase(Locale.ROOT))) {
                throw new InvalidRequestException("units", "unit '" + unit.name() + "' is listed twice");
            }
        }
    }

    /** The comment lines the file starts with, which say what it is for. */
    private String header() throws IOException {
        StringBuilder header = new StringBuilder();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#")) {
                    break;
                }
                header.append(line).append('\n');
            }
        } catch (NoSuchFileException e) {
            header.append("# Clinical units and their IT point person; see /api/units.\n");
        }
        return header.toString();
    }

    private static String entries(List<Unit> units) {
        StringBuilder out = new StringBuilder();
        for (Unit unit : units) {
            out.append("- unit: ").append(quoted(unit.name())).append('\n');
            out.append("  contact: ").append(quoted(unit.contact())).append('\n');
            optional(out, "phone", unit.phone());
            optional(out, "hours", unit.hours());
            optional(out, "escalation", unit.escalation());
        }
        return out.toString();
    }

    private static void optional(StringBuilder out, String key, String value) {
        if (!value.isBlank()) {
            out.append("  ").append(key).append(": ").append(quoted(value)).append('\n');
        }
    }

    private static String quoted(String value) {
        return '"' + value.strip().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
