package fixbank.server.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Removes what could identify a patient or a person from text before it is stored: e-mail addresses, dates,
 * phone numbers and other runs of digits (record numbers, dates of birth), and whatever the hospital's own
 * patterns match. Each is replaced by a marker in brackets, so a reader still sees that something was there.
 * Errs on the side of removing: a part number lost from a stored question costs little, a record number kept
 * costs a great deal.
 *
 * <p>Thread-safe.
 */
public final class TextScrubber {

    /** Not inside a hexadecimal error code such as 0x80070005, which says what failed, not who. */
    private static final String NOT_IN_HEX = "(?<!\\b0[xX][0-9a-fA-F]{0,15})";

    /** The built-in rules, in order: later ones must not see what earlier ones replaced. */
    private static final List<Rule> BUILT_IN = List.of(
            // Starts only where a word starts, and is bounded, so a long run without spaces costs linear time.
            new Rule(
                    Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}.-]{1,255}"),
                    "[email]"),
            // 12/03/1980, 1980-03-12, 3.12.80
            new Rule(Pattern.compile("\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b"), "[date]"),
            // +44 20 7946 0958, (555) 123-4567, 0161 496 0000: seven or more digits with separators
            new Rule(Pattern.compile(NOT_IN_HEX + "\\+?\\(?\\d[\\d ()./-]{5,}\\d"), "[number]"),
            // A run of five or more digits anywhere, even inside a word: MRN12345678
            new Rule(Pattern.compile(NOT_IN_HEX + "\\d{5,}"), "[number]"));

    /** What the rules put in place of what they remove. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:email|date|number|removed)\\]");

    private final List<Rule> rules;

    /** Scrubbed text without the placeholders, for reading its words: "[email]" is not a word anyone typed. */
    public static String withoutPlaceholders(String scrubbed) {
        return PLACEHOLDER.matcher(scrubbed).replaceAll(" ");
    }

    private TextScrubber(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The built-in rules only. */
    public static TextScrubber standard() {
        return new TextScrubber(BUILT_IN);
    }

    /**
     * The built-in rules, then the patterns in {@code file}: one Java regular expression a line, matched
     * without regard to case; blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException naming the line of a pattern that does not compile
     */
    public static TextScrubber withPatterns(Optional<Path> file) throws IOException {
        if (file.isEmpty()) {
            return standard();
        }
        if (!Files.isRegularFile(file.get())) {
            throw new IllegalArgumentException("scrub-patterns file not found: " + file.get());
        }
        List<Rule> rules = new ArrayList<>(BUILT_IN);
        List<String> lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                rules.add(
                        new Rule(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), "[removed]"));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        file.get() + ":" + (i + 1) + ": not a regular expression: " + e.getDescription());
            }
        }
        return new TextScrubber(rules);
    }

    /** {@code text} with every match replaced by its marker. */
    public String scrub(String text) {
        String result = text;
        for (Rule rule : rules) {
            result = rule.pattern.matcher(result).replaceAll(Matcher.quoteReplacement(rule.marker));
        }
        return result;
    }

    private record Rule(Pattern pattern, String marker) {}
}
