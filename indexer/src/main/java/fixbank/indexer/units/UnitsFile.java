package fixbank.indexer.units;

import fixbank.indexer.article.ArticleProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads {@code units.yaml}, the clinical units and their IT point people, kept at the top of the articles
 * folder so Git tracks it beside the articles. A list of entries, each with {@code unit} and {@code contact}
 * and optionally {@code phone}, {@code hours} and {@code escalation}:
 *
 * <pre>
 * - unit: Ward 4 North
 *   contact: Sam Okoro
 *   phone: bleep 4455
 *   hours: Mon-Fri 08:00-18:00
 *   escalation: Service Desk, 0115 555 0100
 * </pre>
 *
 * Every problem is named with its line, as for articles; entries with problems are left out.
 */
public final class UnitsFile {

    /** The file's name in the articles folder. */
    public static final String NAME = "units.yaml";

    private static final Set<String> KEYS = Set.of("unit", "contact", "phone", "hours", "escalation");

    /** The units that read cleanly, and the problems of the rest. */
    public record Read(List<Unit> units, List<ArticleProblem> problems) {

        public Read {
            units = List.copyOf(units);
            problems = problems.stream().sorted().toList();
        }
    }

    private UnitsFile() {}

    /** Reads {@code text}, naming {@code path} in problems. */
    public static Read read(String path, String text) {
        List<ArticleProblem> problems = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        LoadSettings settings = LoadSettings.builder().setLabel(path).build();
        try {
            Optional<Node> root =
                    new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text))).getSingleNode();
            if (root.isEmpty()) {
                return new Read(units, problems);
            }
            if (!(root.get() instanceof SequenceNode list)) {
                problems.add(
                        new ArticleProblem(path, lineOf(root.get()), "expected a list of units, each '- unit: ...'"));
                return new Read(units, problems);
            }
            Set<String> names = new HashSet<>();
            for (Node item : list.getValue()) {
                unit(path, item, problems).ifPresent(unit -> {
                    if (names.add(unit.name().toLowerCase(Locale.ROOT))) {
                        units.add(unit);
                    } else {
                        problems.add(
                                new ArticleProblem(path, lineOf(item), "unit '" + unit.name() + "' is listed twice"));
                    }
                });
            }
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark()
                    .or(e::getContextMark)
                    .map(m -> m.getLine() + 1)
                    .orElse(1);
            problems.add(new ArticleProblem(
                    path, line, "bad YAML: " + (e.getProblem() == null ? "could not be read" : e.getProblem())));
        } catch (YamlEngineException e) {
            problems.add(new ArticleProblem(path, 1, "bad YAML: " + e.getMessage()));
        }
        return new Read(units, problems);
    }

    private static Optional<Unit> unit(String path, Node item, List<ArticleProblem> problems) {
        if (!(item instanceof MappingNode mapping)) {
            problems.add(new ArticleProblem(
                    path, lineOf(item), "each unit is 'unit:', 'contact:' and more, indented under '-'"));
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        boolean clean = true;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (!KEYS.contains(key)) {
                problems.add(new ArticleProblem(
                        path,
                        lineOf(tuple.getKeyNode()),
                        "unknown key '" + key + "', expected unit, contact, phone, hours or escalation"));
                clean = false;
            } else if (!(tuple.getValueNode() instanceof ScalarNode value)) {
                problems.add(new ArticleProblem(path, lineOf(tuple.getValueNode()), key + " must be plain text"));
                clean = false;
            } else {
                values.put(key, value.getValue().strip());
            }
        }
        for (String required : List.of("unit", "contact")) {
            if (values.getOrDefault(required, "").isEmpty()) {
                problems.add(new ArticleProblem(path, lineOf(item), "no " + required + ": every unit needs one"));
                clean = false;
            }
        }
        return clean
                ? Optional.of(new Unit(
                        values.get("unit"),
                        values.get("contact"),
                        values.getOrDefault("phone", ""),
                        values.getOrDefault("hours", ""),
                        values.getOrDefault("escalation", "")))
                : Optional.empty();
    }

    private static int lineOf(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }
}
