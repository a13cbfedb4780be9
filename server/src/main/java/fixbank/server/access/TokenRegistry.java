package fixbank.server.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The tokens the server accepts, and who each one stands for. Tokens are kept only as SHA-256 digests, so a
 * heap dump or a log line cannot leak them, and lookups do not compare secrets character by character.
 *
 * <p>A token's role is {@code staff}, {@code editor}, {@code reviewer} or {@code admin}; each includes the ones
 * before it ({@link Role}). Tokens come from a file, one {@code TOKEN ROLE [NAME]} per line ({@code #} starts a comment line; the
 * rest of a line after the role is the name the caller is shown by, as older files' comment column already
 * reads), and from an environment variable, {@code TOKEN:ROLE} or {@code TOKEN:ROLE:NAME} entries separated
 * by commas. Tokens shorter than 16 characters are refused as too easy to guess.
 *
 * <p>Immutable and thread-safe.
 */
public final class TokenRegistry {

    public static final int MIN_TOKEN_LENGTH = 16;

    /** The longest name a token may carry: the audit log's {@code actor} column is this wide. */
    public static final int MAX_NAME_LENGTH = 200;

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
                    throw new IllegalArgumentException(where + ": expected 'TOKEN ROLE [NAME]'");
                }
                String name = parts.length == 3 ? parts[2].replaceFirst("^#\\s*", "") : "";
                add(callers, parts[0], parts[1], shownAs(name, "line " + (i + 1) + " of the tokens file"), where);
            }
        }
        if (inline.isPresent() && !inline.get().isBlank()) {
            String[] entries = inline.get().split(",");
            for (int i = 0; i < entries.length; i++) {
                addInline(callers, entries[i].strip(), i + 1);
            }
        }
        return new TokenRegistry(callers);
    }

    /** {@code TOKEN:ROLE} or {@code TOKEN:ROLE:NAME}; a token may itself hold colons. */
    private static void addInline(Map<String, Caller> callers, String entry, int number) {
        String where = "token entry " + number;
        String unnamed = "entry " + number + " of the inline tokens";
        int last = entry.lastIndexOf(':');
        if (last <= 0) {
            throw new IllegalArgumentException(where + ": expected 'TOKEN:ROLE' or 'TOKEN:ROLE:NAME'");
        }
        int beforeLast = entry.lastIndexOf(':', last - 1);
        boolean named =
                beforeLast > 0 && Role.fromKey(entry.substring(last + 1)).isEmpty();
        if (named) {
            String name = shownAs(entry.substring(last + 1), unnamed);
            add(callers, entry.substring(0, beforeLast), entry.substring(beforeLast + 1, last), name, where);
        } else {
            add(callers, entry.substring(0, last), entry.substring(last + 1), unnamed, where);
        }
    }

    /** A token without a name is shown by where it was given, so two such callers can be told apart. */
    private static String shownAs(String name, String unnamed) {
        return name.isBlank() ? unnamed : name.strip();
    }

    /** {@code name} is how the caller is shown; {@code where} names the line or entry in errors. */
    private static void add(Map<String, Caller> callers, String token, String roleKey, String name, String where) {
        Role role = Role.fromKey(roleKey)
                .orElseThrow(() -> new IllegalArgumentException(
                        where + ": unknown role '" + roleKey + "', expected one of " + roleKeys()));
        if (token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException(where + ": token is shorter than " + MIN_TOKEN_LENGTH + " characters");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            // The audit log keeps names, and a database column has a width.
            throw new IllegalArgumentException(where + ": the name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (callers.putIfAbsent(digest(token), Caller.named(name, role.withIncluded())) != null) {
            throw new IllegalArgumentException(where + ": this token is already listed");
        }
    }

    private static String roleKeys() {
        return Arrays.stream(Role.values()).map(role -> "'" + role.key() + "'").collect(Collectors.joining(", "));
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
