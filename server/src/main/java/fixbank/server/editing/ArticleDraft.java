package fixbank.server.editing;

import fixbank.indexer.article.Visibility;
import fixbank.server.validation.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an editor writes: the front-matter fields a person chooses and the article's sections in Markdown.
 * The workflow fields (status, dates of update and approval) are not here; {@link EditingService} sets them.
 * Every value is checked when the draft is made, so a bad one is a 400 before anything is written.
 *
 * @param intro Markdown before the first section, kept so that articles written by hand lose nothing
 */
public record ArticleDraft(
        String title,
        String summary,
        List<String> tags,
        List<String> systems,
        List<String> units,
        Visibility visibility,
        String owner,
        Optional<LocalDate> reviewBy,
        String intro,
        String symptoms,
        String cause,
        String resolution) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_LINE = 1_000;
    public static final int MAX_ITEMS = 30;
    public static final int MAX_ITEM = 100;
    /** All Markdown of one article together; the bundled articles are 2 to 6 KB. */
    public static final int MAX_MARKDOWN = 48_000;

    public ArticleDraft {
        tags = List.copyOf(tags);
        systems = List.copyOf(systems);
        units = List.copyOf(units);
    }

    /**
     * Checks raw values as a caller sent them: text fields may be null (empty), lists hold the items,
     * {@code visibility} and {@code reviewBy} are as typed.
     *
     * @throws InvalidRequestException naming the first field at fault
     */
    public static ArticleDraft checked(
            String title,
            String summary,
            List<String> tags,
            List<String> systems,
            List<String> units,
            String visibility,
            String owner,
            String reviewBy,
            String intro,
            String symptoms,
            String cause,
            String resolution) {
        String checkedTitle = line("title", title, MAX_TITLE);
        if (checkedTitle.isEmpty()) {
            throw new InvalidRequestException("title", "title is required: say in a few words what goes wrong");
        }
        String markdownIntro = markdown("intro", intro);
        String markdownSymptoms = markdown("symptoms", symptoms);
        String markdownCause = markdown("cause", cause);
        String markdownResolution = markdown("resolution", resolution);
        int total = markdownIntro.length()
                + markdownSymptoms.length()
                + markdownCause.length()
                + markdownResolution.length();
        if (total > MAX_MARKDOWN) {
            throw new InvalidRequestException(
                    "body", "the sections hold " + total + " characters together; at most " + MAX_MARKDOWN + " fit");
        }
        if (markdownIntro.isBlank()
                && markdownSymptoms.isBlank()
                && markdownCause.isBlank()
                && markdownResolution.isBlank()) {
            throw new InvalidRequestException("symptoms", "write at least one section: symptoms, cause or resolution");
        }
        return new ArticleDraft(
                checkedTitle,
                line("summary", summary, MAX_LINE),
                items("tags", tags, true),
                items("systems", systems, false),
                items("units", units, false),
                visibility(visibility),
                line("owner", owner, MAX_TITLE),
                date("review_by", reviewBy),
                markdownIntro,
                markdownSymptoms,
                markdownCause,
                markdownResolution);
    }

    /** The same draft with another owner. */
    ArticleDraft withOwner(String newOwner) {
        return new ArticleDraft(
                title,
                summary,
                tags,
                systems,
                units,
                visibility,
                newOwner,
                reviewBy,
                intro,
                symptoms,
                cause,
                resolution);
    }

    /** The same draft listing {@code newUnits}. */
    ArticleDraft withUnits(List<String> newUnits) {
        return new ArticleDraft(
                title,
                summary,
                tags,
                systems,
                newUnits,
                visibility,
                owner,
                reviewBy,
                intro,
                symptoms,
                cause,
                resolution);
    }

    private static String line(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new InvalidRequestException(field, field + " is " + text.length() + " characters; at most " + max);
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new InvalidRequestException(field, field + " must be one line of text");
            }
        }
        return text;
    }

    private static String markdown(String field, String value) {
        String text = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw new InvalidRequestException(field, field + " holds a control character");
            }
        }
        return text.strip();
    }

    /** Items as given, blank ones dropped, duplicates (ignoring case) kept once; tags lower-cased. */
    private static List<String> items(String field, List<String> values, boolean lowerCase) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String value : values == null ? List.<String>of() : values) {
            String item = line(field, value, MAX_ITEM);
            if (item.contains(",")) {
                throw new InvalidRequestException(field, field + " items must not contain commas: '" + item + "'");
            }
            if (!item.isEmpty()) {
                String shown = lowerCase ? item.toLowerCase(Locale.ROOT) : item;
                byKey.putIfAbsent(item.toLowerCase(Locale.ROOT), shown);
            }
        }
        if (byKey.size() > MAX_ITEMS) {
            throw new InvalidRequestException(field, field + " has " + byKey.size() + " items; at most " + MAX_ITEMS);
        }
        return new ArrayList<>(byKey.values());
    }

    private static Visibility visibility(String value) {
        if (value == null || value.isBlank()) {
            return Visibility.PUBLIC;
        }
        return Visibility.fromKey(value)
                .orElseThrow(() -> new InvalidRequestException("visibility", "visibility must be public or internal"));
    }

    private static Optional<LocalDate> date(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " must be a date written YYYY-MM-DD");
        }
    }
}
