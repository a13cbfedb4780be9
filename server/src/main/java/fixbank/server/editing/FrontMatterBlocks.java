package fixbank.server.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The front matter of an article file as top-level blocks of raw text, one per key: a key line and the
 * indented or list lines below it. Editing rewrites the keys Fixbank knows and copies every other block
 * byte for byte, so keys written for other tools, and comments, survive an edit.
 */
final class FrontMatterBlocks {

    private static final Pattern KEY_LINE = Pattern.compile("^([^\\s#:\\-][^:]*?):(?:\\s|$)");

    /** Raw text of each block by key, in file order; comment lines above the first key are under "". */
    private final Map<String, String> blocks;

    private final String body;

    private FrontMatterBlocks(Map<String, String> blocks, String body) {
        this.blocks = blocks;
        this.body = body;
    }

    /** The blocks of {@code content}'s front matter; none when the file has no front matter. */
    static FrontMatterBlocks of(String content) {
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, String> blocks = new LinkedHashMap<>();
        if (!text.startsWith("---\n")) {
            return new FrontMatterBlocks(blocks, text);
        }
        String key = "";
        StringBuilder block = new StringBuilder();
        String[] lines = text.substring(4).split("\n", -1);
        int end = lines.length;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.stripTrailing();
            if (trimmed.equals("---") || trimmed.equals("...")) {
                end = i + 1;
                break;
            }
            Matcher keyLine = KEY_LINE.matcher(line);
            if (keyLine.find()) {
                keep(blocks, key, block);
                key = keyLine.group(1).strip();
                block = new StringBuilder();
            }
            block.append(line).append('\n');
        }
        keep(blocks, key, block);
        return new FrontMatterBlocks(blocks, String.join("\n", Arrays.copyOfRange(lines, end, lines.length)));
    }

    /** The body below the front matter, as written. */
    String body() {
        return body;
    }

    private static void keep(Map<String, String> blocks, String key, StringBuilder block) {
        if (block.length() > 0) {
            blocks.putIfAbsent(key, block.toString());
        }
    }

    /** The blocks of keys not in {@code known}, as raw text in file order. */
    List<String> others(Set<String> known) {
        List<String> others = new ArrayList<>();
        blocks.forEach((key, text) -> {
            if (!known.contains(key)) {
                others.add(text);
            }
        });
        return others;
    }

    /** A key's value as one line of text; empty when absent, blank or not a single value. */
    Optional<String> text(String key) {
        Object value = value(key);
        return value instanceof String || value instanceof Number
                ? Optional.of(value.toString().strip()).filter(s -> !s.isEmpty())
                : Optional.empty();
    }

    private Object value(String key) {
        String block = blocks.get(key);
        if (block == null) {
            return null;
        }
        try {
            Object loaded = new Load(LoadSettings.builder().build()).loadFromString(block);
            return loaded instanceof Map<?, ?> map ? map.get(key) : null;
        } catch (YamlEngineException e) {
            return null; // the article parser reports the file's YAML problems; here it is just not known
        }
    }
}
