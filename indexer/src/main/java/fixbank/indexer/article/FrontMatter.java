package fixbank.indexer.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * The YAML front matter of an article file, split from its body and read as a flat map of keys to scalars or
 * lists of scalars, each remembering the line it came from. Keys Fixbank does not know are kept but ignored,
 * so existing knowledge bases index as they are. Problems are added to the caller's list, never thrown.
 */
final class FrontMatter {

    private static final String FENCE = "---";

    private final String path;
    private final Map<String, Node> entries;
    private final String body;
    private final int bodyFirstLine;

    private FrontMatter(String path, Map<String, Node> entries, String body, int bodyFirstLine) {
        this.path = path;
        this.entries = entries;
        this.body = body;
        this.bodyFirstLine = bodyFirstLine;
    }

    /**
     * Splits {@code content} (with {@code \n} line ends) into front matter and body. A file without a leading
     * {@code ---} line has no front matter. Problems with the YAML are added to {@code problems}, and the map is
     * then empty.
     */
    static FrontMatter read(String path, String content, List<ArticleProblem> problems) {
        if (!content.startsWith(FENCE + "\n") && !content.strip().equals(FENCE)) {
            return new FrontMatter(path, Map.of(), content, 1);
        }
        int yamlStart = content.indexOf('\n') + 1;
        int line = 2;
        int pos = yamlStart;
        while (pos < content.length()) {
            int end = content.indexOf('\n', pos);
            String text = (end < 0 ? content.substring(pos) : content.substring(pos, end)).stripTrailing();
            if (text.equals(FENCE) || text.equals("...")) {
                String yaml = content.substring(yamlStart, pos);
                String body = end < 0 ? "" : content.substring(end + 1);
                return new FrontMatter(path, parseYaml(path, yaml, problems), body, line + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        problems.add(new ArticleProblem(path, 1, "front matter starts with '---' but has no closing '---' line"));
        return new FrontMatter(path, Map.of(), "", line);
    }

    private static Map<String, Node> parseYaml(String path, String yaml, List<ArticleProblem> problems) {
        LoadSettings settings = LoadSettings.builder().setLabel(path).build();
        try {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
            Optional<Node> root = composer.getSingleNode();
            if (root.isEmpty()) {
                return Map.of();
            }
            if (!(root.get() instanceof MappingNode mapping)) {
                problems.add(new ArticleProblem(
                        path,
                        lineOf(root.get()),
                        "front matter must be 'key: value' lines, found a " + kind(root.get())));
                return Map.of();
            }
            Map<String, Node> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    problems.add(new ArticleProblem(
                            path, lineOf(tuple.getKeyNode()), "front matter keys must be plain words"));
                    continue;
                }
                if (entries.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
                    problems.add(new ArticleProblem(path, lineOf(key), "key '" + key.getValue() + "' is given twice"));
                }
            }
            return entries;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark()
                    .or(e::getContextMark)
                    .map(m -> m.getLine() + 2)
                    .orElse(2);
            problems.add(new ArticleProblem(path, line, "bad YAML in front matter: " + describe(e)));
        } catch (YamlEngineException e) {
            problems.add(new ArticleProblem(path, 2, "bad YAML in front matter: " + e.getMessage()));
        }
        return Map.of();
    }

    private static String describe(MarkedYamlEngineException e) {
        String context = e.getContext() == null ? "" : e.getContext() + ", ";
        String problem = e.getProblem() == null ? "could not be read" : e.getProblem();
        return (context + problem).replaceAll("\\s+", " ").strip();
    }

    /** File line of a YAML node: YAML line 0 is file line 2, just below the opening fence. */
    private static int lineOf(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 2).orElse(2);
    }

    private static String kind(Node node) {
        return node instanceof SequenceNode ? "list" : "single value";
    }

    String body() {
        return body;
    }

    int bodyFirstLine() {
        return bodyFirstLine;
    }

    int lineOf(String key) {
        Node node = entries.get(key);
        return node == null ? 1 : lineOf(node);
    }

    /** A single value; absent when the key is missing or empty. A list here is a problem. */
    Optional<String> text(String key, List<ArticleProblem> problems) {
        Node node = entries.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        problems.add(
                new ArticleProblem(path, lineOf(node), "'" + key + "' must be a single value, not a " + kind(node)));
        return Optional.empty();
    }

    /**
     * A list of values, written as a YAML list ({@code [a, b]} or {@code - a} lines) or, forgivingly, as one
     * comma-separated value. Blank items are dropped.
     */
    List<String> list(String key, List<ArticleProblem> problems) {
        Node node = entries.get(key);
        List<String> values = new ArrayList<>();
        if (node instanceof ScalarNode scalar) {
            for (String part : scalar.getValue().split(",")) {
                values.add(part.strip());
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    values.add(scalar.getValue().strip());
                } else {
                    problems.add(new ArticleProblem(path, lineOf(item), "'" + key + "' items must be single values"));
                }
            }
        } else if (node != null) {
            problems.add(new ArticleProblem(path, lineOf(node), "'" + key + "' must be a list of values"));
        }
        values.removeIf(String::isEmpty);
        return values;
    }
}
