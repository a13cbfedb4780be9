package fixbank.server.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a knowledge bank of any size from the shared corpus, the same for the same seed (#15). The first
 * copy is the corpus as it is; every further copy keeps each article's front matter and title but rebuilds its
 * body from the article's own {@code ##} sections and those of other articles of the same product folder, so
 * that words keep their spread over articles as the bank grows instead of every word's document count simply
 * multiplying. Copies live in folders of their own ({@code copy-2/...}), so every id is distinct.
 *
 * <p>Usage: {@code ScaledCorpus CORPUS_DIR OUT_DIR ARTICLES [SEED]}
 */
public final class ScaledCorpus {

    private ScaledCorpus() {}

    /** An article split for recombining: the text before its first {@code ##} heading, and its sections. */
    private record Parts(Path relative, String head, List<String> sections, String family) {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int wanted = Integer.parseInt(args[2]);
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 15L);
        List<Parts> articles = read(corpus);
        Map<String, List<Parts>> byFamily = new HashMap<>();
        articles.forEach(parts -> byFamily.computeIfAbsent(parts.family(), key -> new ArrayList<>())
                .add(parts));
        int written = 0;
        for (int copy = 1; written < wanted; copy++) {
            for (Parts parts : articles) {
                if (written == wanted) {
                    break;
                }
                String text = copy == 1 ? joined(parts.head(), parts.sections()) : recombined(parts, byFamily, random);
                Path target = out.resolve(
                        copy == 1 ? parts.relative() : Path.of("copy-" + copy).resolve(parts.relative()));
                Files.createDirectories(target.getParent());
                Files.writeString(target, text, StandardCharsets.UTF_8);
                written++;
            }
        }
        System.out.printf("wrote %d articles from %d under %s%n", written, articles.size(), out);
    }

    private static List<Parts> read(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(corpus)) {
            files = all.filter(file -> file.toString().endsWith(".md"))
                    .filter(file -> !file.getFileName().toString().equalsIgnoreCase("readme.md"))
                    .sorted()
                    .toList();
        }
        List<Parts> articles = new ArrayList<>();
        for (Path file : files) {
            Path relative = corpus.relativize(file);
            String family = relative.getNameCount() > 2
                    ? relative.subpath(0, 2).toString()
                    : relative.getName(0).toString();
            articles.add(split(relative, Files.readString(file, StandardCharsets.UTF_8), family));
        }
        return articles;
    }

    private static Parts split(Path relative, String text, String family) {
        List<String> sections = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        StringBuilder head = new StringBuilder();
        StringBuilder current = head;
        boolean inFrontMatter = lines.length > 0 && lines[0].strip().equals("---");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (inFrontMatter && i > 0 && line.strip().equals("---")) {
                inFrontMatter = false;
            } else if (!inFrontMatter && line.startsWith("## ")) {
                current = new StringBuilder();
                sections.add(""); // filled below
            }
            current.append(line).append('\n');
            if (current != head) {
                sections.set(sections.size() - 1, current.toString());
            }
        }
        return new Parts(relative, head.toString(), sections, family);
    }

    /** Each section, with even odds, is this article's own or the same place's section of a sibling. */
    private static String recombined(Parts parts, Map<String, List<Parts>> byFamily, Random random) {
        List<Parts> siblings = byFamily.get(parts.family());
        List<String> sections = new ArrayList<>();
        for (int i = 0; i < parts.sections().size(); i++) {
            Parts donor = siblings.get(random.nextInt(siblings.size()));
            boolean borrow = random.nextBoolean() && donor.sections().size() > i;
            sections.add(borrow ? donor.sections().get(i) : parts.sections().get(i));
        }
        return joined(parts.head(), sections);
    }

    private static String joined(String head, List<String> sections) {
        return head + String.join("", sections);
    }
}
