package fixbank.server.editing;

import fixbank.indexer.units.Unit;
import fixbank.server.access.Caller;
import fixbank.server.privacy.TextScrubber;
import fixbank.server.units.UnitDirectory;
import fixbank.server.validation.InvalidRequestException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A ticket a ticketing system marked resolved, turned into a draft article so that the fix does not stay
 * buried in the ticket. The ticket's title and description become the title and Symptoms, scrubbed of
 * patient details exactly as stored feedback text is; the resolution is kept as given, since it is the fix
 * IT wrote; a reviewer reads all of it before anyone else can. The draft is internal until a reviewer makes
 * it public, and owned by the unit's IT point person when the ticket names a known unit, else by the caller.
 */
public record ResolvedTicket(String title, String description, String resolution, Optional<String> unit) {

    public static final int MAX_TITLE = 500;
    public static final int MAX_TEXT = 16_000;

    public ResolvedTicket {
        if (title == null || title.isBlank()) {
            throw new InvalidRequestException("title", "title is required: the ticket's summary line");
        }
        if (resolution == null || resolution.isBlank()) {
            throw new InvalidRequestException("resolution", "resolution is required: what fixed it");
        }
        check("title", title, MAX_TITLE);
        check("description", description == null ? "" : description, MAX_TEXT);
        check("resolution", resolution, MAX_TEXT);
        description = description == null ? "" : description;
    }

    private static void check(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidRequestException(field, field + " is " + value.length() + " characters; at most " + max);
        }
    }

    /** The draft article this ticket becomes, for {@code caller}, with the units the server knows. */
    ArticleDraft draft(TextScrubber scrubber, UnitDirectory units, Caller caller) throws IOException {
        String scrubbedTitle = oneLine(scrubber.scrub(title));
        String scrubbedDescription = scrubber.scrub(description).strip();
        Optional<Unit> known = unit.isPresent() ? units.find(unit.get()) : Optional.empty();
        String owner = known.map(Unit::contact).orElse(caller.name());
        return ArticleDraft.checked(
                scrubbedTitle.length() > ArticleDraft.MAX_TITLE
                        ? scrubbedTitle.substring(0, ArticleDraft.MAX_TITLE).strip()
                        : scrubbedTitle,
                "",
                List.of(),
                List.of(),
                known.map(found -> List.of(found.name())).orElse(List.of()),
                "internal",
                owner.length() > ArticleDraft.MAX_TITLE ? owner.substring(0, ArticleDraft.MAX_TITLE) : owner,
                null,
                "",
                scrubbedDescription.isEmpty() ? scrubbedTitle : scrubbedDescription,
                "",
                resolution.strip());
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
