package fixbank.server.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Copies a Markdown corpus without the front-matter {@code title:} and {@code description:} lines, as
 * {@code ../shared/eval/make-eval-corpus} does, so that known-item queries made from exactly those lines must
 * be matched against headings and body.
 */
public final class EvalCorpus {

    private EvalCorpus() {}

    /** Writes the copy under {@code target} and returns how many articles it holds. */
    public static int copyWithoutTitles(Path source, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .toList();
        }
        for (Path file : files) {
            Path out = target.resolve(source.relativize(file).toString());
            Files.createDirectories(out.getParent());
            Files.writeString(
                    out, withoutTitles(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        return files.size();
    }

    static String withoutTitles(String text) {
        if (!text.startsWith("---")) {
            return text;
        }
        int end = text.indexOf("\n---", 3);
        if (end <= 0) {
            return text;
        }
        String head = text.substring(0, end)
                .lines()
                .filter(line -> !line.startsWith("title:") && !line.startsWith("description:"))
                .collect(Collectors.joining("\n"));
        return head + text.substring(end);
    }
}
