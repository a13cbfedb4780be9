package fixbank.server.editing;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes files in the articles folder the crash-safe way, and names their versions. A write goes to a hidden
 * temp file beside the target (the indexer skips names starting with a dot), is forced to disk, then renamed
 * over the target: a crash mid-write leaves the previous file whole, and nobody reads half a file.
 */
public final class CrashSafeFile {

    private CrashSafeFile() {}

    public static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(
                "." + file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** 16 hex digits of the SHA-256 of a file's bytes: any change to the file changes it. */
    public static String version(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String version(String text) {
        return version(text.getBytes(StandardCharsets.UTF_8));
    }
}
