package fixbank.indexer.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The words the stemmer must leave alone ({@code protected-words.txt}): one per line, blank lines and lines
 * starting with {@code #} ignored. They are part of the index schema, so an index records their
 * {@link #digest()} and is rebuilt in full when it differs.
 *
 * <p>The digest covers only what changes analysis: the set of words as the analyzer matches them, which is
 * case-insensitively. Order, duplicates, case, comments, blank lines and spaces around a word leave it as it
 * is; adding, removing or respelling a word changes it.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProtectedWords {

    private static final String RESOURCE = "/fixbank/protected-words.txt";

    /** The list in the indexer jar, which {@link FixbankAnalyzer} uses. */
    public static final ProtectedWords BUNDLED = bundled();

    private final SortedSet<String> words;
    private final String digest;

    private ProtectedWords(SortedSet<String> words) {
        this.words = words;
        this.digest = sha256(String.join("\n", words));
    }

    /** Reads the list from the text of a protected-words file. */
    public static ProtectedWords parse(String text) {
        SortedSet<String> words = new TreeSet<>();
        text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(ProtectedWords::fold)
                .forEach(words::add);
        return new ProtectedWords(words);
    }

    /** The words as a case-insensitive set, for {@code SetKeywordMarkerFilter}. */
    public CharArraySet asSet() {
        return CharArraySet.unmodifiableSet(new CharArraySet(words, true));
    }

    /** SHA-256, in hex, of the sorted, case-folded words, one per line. */
    public String digest() {
        return digest;
    }

    /**
     * Lower case by code point, as a case-insensitive {@link CharArraySet} compares, so two spellings the
     * analyzer cannot tell apart give one digest.
     */
    private static String fold(String word) {
        StringBuilder folded = new StringBuilder(word.length());
        word.codePoints().map(Character::toLowerCase).forEach(folded::appendCodePoint);
        return folded.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static ProtectedWords bundled() {
        try (InputStream in = ProtectedWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("protected-words.txt is missing from the indexer jar");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return words.toString();
    }
}
