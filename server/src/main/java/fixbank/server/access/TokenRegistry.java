package fixbank.server.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staff tokens the server accepts. Tokens are kept only as SHA-256 digests, so a heap dump or a log line
 * cannot leak them, and lookups do not compare secrets character by character.
 *
 * <p>Tokens come from a file, one {@code TOKEN ROLE [comment]} per line ({@code #} starts a comment line), and
 * from an environment variable, {@code TOKEN:ROLE} pairs separated by commas. The only role today is
 * {@code staff}. Tokens shorter than 16 characters are refused as too easy to guess.
 *
 * <p>Immutable and thread-safe.
 */
public final class TokenRegistry {

    public static final int MIN_TOKEN_LENGTH = 16;

    private final Map<String, Caller> callersByDigest;

    private TokenRegistry(Map<String, Caller> callersByDigest) {
        this.callersByDigest = Map.copyOf(callersByDigest);
    }

    /**
     * Reads tokens from an optional file and an optional inline list.
     *
     * @throws IllegalArgumentException naming the line or entry that is wrong, never the token itself
     */
    public static TokenRegistry load(Optional<Path> file, Optional<String> inline) throws IOException {
        Map<String, Caller> callers = new HashMap<>();
        if (file.isPresent()) {
            List<String> lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+", 3);
                String where = file.get() + ":" + (i + 1);
                if (parts.length < 2) {
                    throw new IllegalArgumentException(where + ": expected 'TOKEN ROLE'");
                }
                add(callers, parts[0], parts[1], where);
            }
        }
        if (inline.isPresent() && !inline.get().isBlank()) {
            String[] entries = inline.get().split(",");
            for (int i = 0; i < entries.length; i++) {
                String entry = entries[i].strip();
                int colon = entry.lastIndexOf(':');
                String where = "token entry " + (i + 1);
                if (colon <= 0) {
                    throw new IllegalArgumentException(where + ": expected 'TOKEN:ROLE'");
                }
                add(callers, entry.substring(0, colon), entry.substring(colon + 1), where);
            }
        }
        return new TokenRegistry(callers);
    }

    private static void add(Map<String, Caller> callers, String token, String role, String where) {
        if (!role.equals("staff")) {
            throw new IllegalArgumentException(where + ": unknown role '" + role + "', expected 'staff'");
        }
        if (token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException(where + ": token is shorter than " + MIN_TOKEN_LENGTH + " characters");
        }
        callers.put(digest(token), Caller.STAFF);
    }

    /** The caller a presented token stands for, or empty when the token is unknown. */
    public Optional<Caller> authenticate(String token) {
        return Optional.ofNullable(callersByDigest.get(digest(token)));
    }

    public int size() {
        return callersByDigest.size();
    }

    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
