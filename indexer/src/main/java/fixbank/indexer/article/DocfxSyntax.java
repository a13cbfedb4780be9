package fixbank.indexer.article;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the DocFX extensions to Markdown that many existing knowledge bases use ({@code :::image ...:::},
 * {@code :::zone}, {@code [!INCLUDE [x](y)]}, {@code > [!NOTE]}), which CommonMark would otherwise keep as
 * literal text. Images keep their alt text, since it describes what the reader should see, and
 * {@code :::no-loc text="x":::} keeps its text. Lines are blanked,
 * not removed, so line numbers stay true.
 *
 * <p>Works line by line and runs patterns only on lines that hold a marker: most lines have none, and this
 * runs on every article of every build.
 */
final class DocfxSyntax {

    // :::image ... alt-text="x":::, :::no-loc text="x"::: and other inline extensions.
    private static final Pattern INLINE = Pattern.compile(":::[a-z][\\w-]*\\b([^\\n]*?):::");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile("\\b(?:alt-text|text)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern INCLUDE =
            Pattern.compile("\\[!INCLUDE\\s*\\[[^\\]]*\\]\\([^)]*\\)\\]", Pattern.CASE_INSENSITIVE);
    // [!NOTE], [!TIP], [!div class="..."], [!VIDEO https://...] and the like.
    private static final Pattern MARKER = Pattern.compile("\\[![A-Za-z][\\w-]*(?:\\s[^\\]]*)?\\]");

    private DocfxSyntax() {}

    static String strip(String markdown) {
        if (markdown.indexOf(":::") < 0 && markdown.indexOf("[!") < 0) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length());
        int start = 0;
        while (start <= markdown.length()) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = markdown.length();
            }
            out.append(stripLine(markdown.substring(start, end)));
            if (end < markdown.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static String stripLine(String line) {
        if (line.contains(":::")) {
            line = replace(INLINE, line, m -> {
                Matcher text = TEXT_ATTRIBUTE.matcher(m.group(1));
                return text.find() ? text.group(1) : "";
            });
            int indent = 0;
            while (indent < line.length() && " \t>".indexOf(line.charAt(indent)) >= 0) {
                indent++;
            }
            if (line.startsWith(":::", indent)) {
                // :::zone, :::moniker, :::image-end::: and other fence lines carry no text.
                line = line.substring(0, indent);
            }
        }
        if (line.contains("[!")) {
            line = MARKER.matcher(INCLUDE.matcher(line).replaceAll("")).replaceAll("");
        }
        return line;
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
