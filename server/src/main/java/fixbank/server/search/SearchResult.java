package fixbank.server.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One page of results, the exact number of matches, tag and system counts over all of them, and a notice
 * when the query was not read exactly as typed.
 */
public record SearchResult(
        long total,
        long tookMs,
        int page,
        int size,
        List<SearchHit> hits,
        Facets facets,
        @JsonInclude(JsonInclude.Include.NON_NULL) String notice) {

    public record Facets(Map<String, Long> tags, Map<String, Long> systems) {}
}
