package fixbank.indexer.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * Turns one Markdown article file (YAML front matter plus body) into a checked {@link Article}. Every problem
 * in the file is reported at once, each with its line, so a writer can fix them in one pass.
 *
 * <p>Thread-safe: build one and share it.
 */
public final class ArticleParser {

    /** The CommonMark extensions articles are written with; renderers must use the same ones. */
    public static final List<Extension> MARKDOWN_EXTENSIONS = List.of(TablesExtension.create());

    private final Parser markdown =
            Parser.builder().extensions(MARKDOWN_EXTENSIONS).build();

    /** Parses a file's raw bytes, which must be UTF-8. */
    public Article parse(String path, byte[] bytes) throws InvalidArticleException {
        String content;
        try {
            content = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException(List.of(new ArticleProblem(path, 1, "file is not UTF-8 text")));
        }
        return parse(path, content);
    }

    /**
     * Parses a file's text.
     *
     * @param path the file's path under the articles root, with {@code /} separators; it gives the id
     */
    public Article parse(String path, String content) throws InvalidArticleException {
        String normalized = content.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        List<ArticleProblem> problems = new ArrayList<>();
        FrontMatter front = FrontMatter.read(path, normalized, problems);

        Visibility visibility = choice(
                front, "visibility", Visibility::fromKey, Visibility.PUBLIC, "public or internal", path, problems);
        Status status = choice(
                front, "status", Status::fromKey, Status.PUBLISHED, "draft, review or published", path, problems);
        Optional<LocalDate> updated = date(front, "updated", path, problems);
        Optional<LocalDate> reviewBy = date(front, "review_by", path, problems);
        Optional<String> title = front.text("title", problems);
        String summary = front.text("summary", problems).orElse("");
        String owner = front.text("owner", problems).orElse("");
        List<String> tags = distinct(front.list("tags", problems), true);
        List<String> systems = distinct(front.list("systems", problems), false);
        List<String> units = distinct(front.list("units", problems), false);

        String body = DocfxSyntax.strip(front.body());
        BodyText bodyText = PlainTextExtractor.extract(markdown.parse(body));
        if (bodyText.text().isBlank() && problems.isEmpty()) {
            problems.add(new ArticleProblem(path, front.bodyFirstLine(), "empty body: the article has no text"));
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new InvalidArticleException(problems);
        }
        ArticleId id = ArticleId.ofRelativePath(path);
        return new Article(
                id,
                path,
                title.or(bodyText::firstH1).orElseGet(() -> titleFromFileName(id.fileName())),
                summary,
                tags,
                systems,
                units,
                visibility,
                status,
                owner,
                updated,
                reviewBy,
                body.strip(),
                bodyText.text(),
                bodyText.headings(),
                bodyText.sections());
    }

    /** One of a fixed set of values; a missing key means {@code fallback}, an unknown value is a problem. */
    private static <E> E choice(
            FrontMatter front,
            String key,
            Function<String, Optional<E>> parse,
            E fallback,
            String allowed,
            String path,
            List<ArticleProblem> problems) {
        Optional<String> value = front.text(key, problems);
        if (value.isEmpty()) {
            return fallback;
        }
        Optional<E> parsed = parse.apply(value.get());
        if (parsed.isEmpty()) {
            problems.add(new ArticleProblem(
                    path, front.lineOf(key), "unknown " + key + " '" + value.get() + "': use " + allowed));
        }
        return parsed.orElse(fallback);
    }

    private static Optional<LocalDate> date(FrontMatter front, String key, String path, List<ArticleProblem> problems) {
        return front.text(key, problems).flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                problems.add(new ArticleProblem(
                        path, front.lineOf(key), "invalid date '" + value + "' for '" + key + "': use YYYY-MM-DD"));
                return Optional.empty();
            }
        });
    }

    private static List<String> distinct(List<String> values, boolean lowerCase) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String value : values) {
            String shown = lowerCase ? value.toLowerCase(Locale.ROOT) : value;
            byKey.putIfAbsent(value.toLowerCase(Locale.ROOT), shown);
        }
        return List.copyOf(new LinkedHashSet<>(byKey.values()));
    }

    /** {@code wristband-printer_blank-labels} becomes {@code Wristband printer blank labels}. */
    static String titleFromFileName(String fileName) {
        String words = fileName.replaceAll("[-_]+", " ").strip();
        if (words.isEmpty()) {
            return fileName;
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
