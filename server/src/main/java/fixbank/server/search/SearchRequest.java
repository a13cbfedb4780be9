package fixbank.server.search;

import fixbank.indexer.article.Status;
import fixbank.server.units.UnitName;
import fixbank.server.validation.InvalidRequestException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A validated search: the query text, the page wanted (from 1), its size, tag and system filters (every one
 * must match), the caller's unit (its articles and those for every unit), the statuses to include, and
 * whether each hit should say why it matched.
 */
public record SearchRequest(
        String query,
        int page,
        int size,
        List<String> tags,
        List<String> systems,
        Optional<UnitName> unit,
        Set<Status> statuses,
        boolean explain) {

    public static final int MAX_QUERY_LENGTH = 500;
    public static final int MAX_SIZE = 50;
    public static final int DEFAULT_SIZE = 10;
    /** Deep paging costs memory and says the query should be better; nobody reads result 1,001. */
    public static final int MAX_RESULT_WINDOW = 1000;

    public static final int MAX_FILTERS = 20;

    /** A search on no unit whose hits do not say why they matched. */
    public SearchRequest(
            String query, int page, int size, List<String> tags, List<String> systems, Set<Status> statuses) {
        this(query, page, size, tags, systems, Optional.empty(), statuses, false);
    }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("q", "q is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        if (page < 1) {
            throw new InvalidRequestException("page", "page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > MAX_RESULT_WINDOW) {
            throw new InvalidRequestException(
                    "page", "page × size must be at most " + MAX_RESULT_WINDOW + "; refine the query instead");
        }
        if (tags.size() + systems.size() > MAX_FILTERS) {
            throw new InvalidRequestException("tags", "at most " + MAX_FILTERS + " tag and system filters");
        }
        tags = List.copyOf(tags);
        systems = List.copyOf(systems);
        statuses = Set.copyOf(statuses);
        if (statuses.isEmpty()) {
            throw new InvalidRequestException("status", "status must name at least one of draft, review, published");
        }
    }
}
