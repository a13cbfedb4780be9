package fixbank.server.editing;

import fixbank.server.validation.InvalidRequestException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An article id that is safe to turn into a file path under the articles folder: folders and a name joined
 * by {@code /}, none empty, hidden ({@code .x}) or a step up ({@code ..}), no backslashes or control
 * characters. Ids of new articles are stricter still: lower-case words joined by hyphens, as the writing
 * guide asks.
 */
record EditableId(String value) implements Comparable<EditableId> {

    static final int MAX_LENGTH = 200;
    private static final Pattern NEW_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}(?:/[a-z0-9][a-z0-9-]{0,99}){0,4}");
    private static final int MAX_SLUG = 80;

    /** An existing article's id as given in a URL; empty when it could not name a file under the folder. */
    static Optional<EditableId> parse(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH || value.endsWith(".md")) {
            return Optional.empty();
        }
        for (String segment : value.split("/", -1)) {
            if (segment.isEmpty()
                    || segment.startsWith(".")
                    || segment.contains("\\")
                    || segment.chars().anyMatch(Character::isISOControl)) {
                return Optional.empty();
            }
        }
        return Optional.of(new EditableId(value));
    }

    /** The id a caller asks a new article to have. */
    static EditableId requested(String value) {
        if (!NEW_ID.matcher(value).matches() || value.length() > MAX_LENGTH) {
            throw new InvalidRequestException(
                    "id",
                    "id must be lower-case words joined by hyphens, in folders separated by '/',"
                            + " such as printing/label-printer-jams");
        }
        return new EditableId(value);
    }

    /** An id made from a title: "Label printer jams (4 West)" becomes {@code label-printer-jams-4-west}. */
    static EditableId fromTitle(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > MAX_SLUG) {
            ascii = ascii.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return new EditableId(ascii.isEmpty() ? "article" : ascii);
    }

    EditableId numbered(int number) {
        return new EditableId(value + "-" + number);
    }

    @Override
    public int compareTo(EditableId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
