package fixbank.server.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code relevance-baseline.properties}: the best value each relevance metric has reached, and the tolerance
 * around it. A metric more than the tolerance below its line has regressed; one more than the tolerance
 * above it has improved, and its line must be raised, so the file never drifts down by small steps.
 */
final class RelevanceBaseline {

    static final String FILE = "server/src/test/resources/relevance-baseline.properties";

    private final Properties lines;
    private final double tolerance;

    private RelevanceBaseline(Properties lines) {
        this.lines = lines;
        this.tolerance = Double.parseDouble(lines.getProperty("tolerance"));
    }

    static RelevanceBaseline load() {
        Properties lines = new Properties();
        try (InputStream in = RelevanceBaseline.class.getResourceAsStream("/relevance-baseline.properties")) {
            lines.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RelevanceBaseline(lines);
    }

    /** Every metric key with a line (all but {@code tolerance}). */
    Set<String> keys() {
        Set<String> keys = new TreeSet<>(lines.stringPropertyNames());
        keys.remove("tolerance");
        return keys;
    }

    /** Fails, naming every metric at fault, unless each measured metric is within the tolerance of its line. */
    void assertHeld(Map<String, Double> measured) {
        List<String> problems = new ArrayList<>();
        measured.forEach((key, value) -> {
            String line = lines.getProperty(key);
            String now = String.format(Locale.ROOT, "%.3f", value);
            if (line == null) {
                problems.add("no line for " + key + ": add " + key + "=" + now);
            } else if (value < Double.parseDouble(line) - tolerance) {
                problems.add(key + " fell to " + now + ", more than " + tolerance + " below its line " + line
                        + ": a regression; find its cause rather than lowering the line");
            } else if (value > Double.parseDouble(line) + tolerance) {
                problems.add(key + " rose to " + now + ", more than " + tolerance + " above its line " + line
                        + ": raise the line to " + key + "=" + now + " in " + FILE
                        + ", so it holds the best value reached");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
