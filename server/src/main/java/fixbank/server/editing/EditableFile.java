package fixbank.server.editing;

import fixbank.indexer.article.Article;
import fixbank.indexer.article.ArticleParser;
import fixbank.indexer.article.InvalidArticleException;
import fixbank.indexer.article.Section;
import fixbank.indexer.article.Status;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One article file as the editor handles it: the {@link ArticleDraft} a person wrote, the workflow fields
 * Fixbank keeps in its front matter, and the blocks of any other keys, copied as they were. {@link #text()}
 * writes it in the documented article format, so that it diffs cleanly in Git; {@link #read} takes a file
 * apart again.
 *
 * @param approvedBy the reviewer who approved the version now published; empty before that
 * @param baseVersion for a proposed change, the version of the published file it was written against
 * @param otherFrontMatter front-matter blocks of keys Fixbank does not write, raw
 * @param headings the section headings as the file words them ("Problem", "Workaround") and in its order,
 *     kept on rewrite
 */
record EditableFile(
        ArticleDraft draft,
        Map<Section, String> headings,
        Status status,
        Optional<LocalDate> updated,
        Optional<String> approvedBy,
        Optional<LocalDate> approved,
        Optional<String> baseVersion,
        List<String> otherFrontMatter) {

    /** The keys written from the fields above; every other key's block is kept as it was. */
    static final Set<String> WRITTEN_KEYS = Set.of(
            "title",
            "summary",
            "tags",
            "systems",
            "units",
            "visibility",
            "status",
            "owner",
            "updated",
            "review_by",
            "approved_by",
            "approved",
            "base_version");

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .,()'/&+_?!-]*");
    private static final Pattern PLAIN_ITEM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .()'/&+_-]*");
    private static final ArticleParser PARSER = new ArticleParser();

    private static final Pattern STARTS_WITH_H1 = Pattern.compile("^ {0,3}# .*", Pattern.DOTALL);
    /** The documented sections, in the documented order. */
    private static final Map<Section, String> STANDARD_HEADINGS = standardHeadings();

    private static Map<Section, String> standardHeadings() {
        Map<Section, String> headings = new LinkedHashMap<>();
        headings.put(Section.SYMPTOMS, "Symptoms");
        headings.put(Section.CAUSE, "Cause");
        headings.put(Section.RESOLUTION, "Resolution");
        return Collections.unmodifiableMap(headings);
    }

    EditableFile {
        headings = Collections.unmodifiableMap(new LinkedHashMap<>(headings));
        otherFrontMatter = List.copyOf(otherFrontMatter);
    }

    /** A new draft: written now, never approved. */
    static EditableFile newDraft(ArticleDraft draft, LocalDate today) {
        return new EditableFile(
                draft,
                STANDARD_HEADINGS,
                Status.DRAFT,
                Optional.of(today),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    /**
     * Takes the file at {@code path} (under the articles folder) apart.
     *
     * @throws InvalidArticleException when the file has problems the article parser reports; it has to be
     *     fixed by hand, since the form could not show it faithfully
     */
    static EditableFile read(String path, String content) throws InvalidArticleException {
        Article article = PARSER.parse(path, content);
        FrontMatterBlocks blocks = FrontMatterBlocks.of(content);
        // The body as written, not as indexed: DocFX markers the indexer drops are kept.
        SectionSplit body = SectionSplit.of(blocks.body(), article.title());
        ArticleDraft draft = new ArticleDraft(
                article.title(),
                article.summary(),
                article.tags(),
                article.systems(),
                article.units(),
                article.visibility(),
                article.owner(),
                article.reviewBy(),
                body.intro(),
                body.section(Section.SYMPTOMS),
                body.section(Section.CAUSE),
                body.section(Section.RESOLUTION));
        Map<Section, String> headings = new LinkedHashMap<>(body.headingsInOrder());
        STANDARD_HEADINGS.forEach(headings::putIfAbsent);
        return new EditableFile(
                draft,
                headings,
                article.status(),
                article.updated(),
                blocks.text("approved_by"),
                blocks.text("approved").flatMap(EditableFile::date),
                blocks.text("base_version"),
                blocks.others(WRITTEN_KEYS));
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    EditableFile withDraft(ArticleDraft newDraft, LocalDate today) {
        return new EditableFile(
                newDraft, headings, status, Optional.of(today), approvedBy, approved, baseVersion, otherFrontMatter);
    }

    EditableFile withStatus(Status newStatus) {
        return new EditableFile(
                draft, headings, newStatus, updated, approvedBy, approved, baseVersion, otherFrontMatter);
    }

    /** A proposed change to the published file of version {@code base}: a draft until it is submitted. */
    EditableFile proposedAgainst(String base) {
        return new EditableFile(
                draft, headings, Status.DRAFT, updated, approvedBy, approved, Optional.of(base), otherFrontMatter);
    }

    /** Published, approved by {@code reviewer} today. */
    EditableFile approvedBy(String reviewer, LocalDate today) {
        return new EditableFile(
                draft,
                headings,
                Status.PUBLISHED,
                updated,
                Optional.of(reviewer),
                Optional.of(today),
                Optional.empty(),
                otherFrontMatter);
    }

    /** The file's text: front matter in a fixed key order, then {@code # Title} and the sections. */
    String text() {
        StringBuilder out = new StringBuilder("---\n");
        key(out, "title", draft.title());
        key(out, "summary", draft.summary());
        list(out, "tags", draft.tags());
        list(out, "systems", draft.systems());
        list(out, "units", draft.units());
        key(out, "visibility", draft.visibility().key());
        key(out, "status", status.key());
        key(out, "owner", draft.owner());
        updated.ifPresent(date -> key(out, "updated", date.toString()));
        draft.reviewBy().ifPresent(date -> key(out, "review_by", date.toString()));
        approvedBy.ifPresent(name -> key(out, "approved_by", name));
        approved.ifPresent(date -> key(out, "approved", date.toString()));
        baseVersion.ifPresent(version -> key(out, "base_version", version));
        otherFrontMatter.forEach(out::append);
        out.append("---\n");
        if (!STARTS_WITH_H1.matcher(draft.intro()).matches()) {
            out.append("\n# ").append(draft.title()).append('\n');
        }
        part(out, null, draft.intro());
        headings.forEach((section, heading) -> part(
                out,
                heading,
                switch (section) {
                    case SYMPTOMS -> draft.symptoms();
                    case CAUSE -> draft.cause();
                    case RESOLUTION -> draft.resolution();
                }));
        return out.toString();
    }

    /**
     * The text a reader reads, in the file's format without the workflow's own keys (status, dates of update
     * and approval, base version), so that a diff of two revisions shows what a change changes for readers.
     */
    String readerText() {
        return new EditableFile(
                        draft,
                        headings,
                        Status.PUBLISHED,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        otherFrontMatter)
                .text();
    }

    /** The body as readers get it, for a preview: the file's text parsed exactly as the indexer parses it. */
    Article article(String path) throws InvalidArticleException {
        return PARSER.parse(path, text());
    }

    private static void key(StringBuilder out, String key, String value) {
        if (!value.isEmpty()) {
            out.append(key).append(": ").append(scalar(value, PLAIN)).append('\n');
        }
    }

    private static void list(StringBuilder out, String key, List<String> values) {
        if (!values.isEmpty()) {
            out.append(key).append(": [");
            for (int i = 0; i < values.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(scalar(values.get(i), PLAIN_ITEM));
            }
            out.append("]\n");
        }
    }

    /** Plain when YAML cannot misread it, else double-quoted. */
    private static String scalar(String value, Pattern plain) {
        if (plain.matcher(value).matches() && !value.endsWith(" ")) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void part(StringBuilder out, String heading, String markdown) {
        if (markdown.isEmpty()) {
            return;
        }
        if (heading != null) {
            out.append("\n## ").append(heading).append('\n');
        }
        out.append('\n').append(markdown).append('\n');
    }
}
