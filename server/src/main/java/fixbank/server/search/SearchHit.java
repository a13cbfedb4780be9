package fixbank.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import fixbank.server.why.Why;
import java.util.List;

/**
 * One article in a result list; {@code snippet} is escaped HTML with {@code <mark>} around matches, {@code units}
 * the units it applies to (none: every unit), {@code href} the address of its page, {@code why} why it matched,
 * when asked for.
 */
public record SearchHit(
        String id,
        String title,
        String summary,
        String snippet,
        List<String> tags,
        List<String> systems,
        List<String> units,
        String updated,
        String visibility,
        String status,
        float score,
        String href,
        @JsonInclude(JsonInclude.Include.NON_NULL) Why why) {}
