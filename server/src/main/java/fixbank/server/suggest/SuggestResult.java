package fixbank.server.suggest;

import java.util.List;

/** The suggestions for one draft ticket, best first, and the time the server spent finding them. */
public record SuggestResult(List<Suggestion> suggestions, long tookMs) {}
