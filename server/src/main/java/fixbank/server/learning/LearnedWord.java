package fixbank.server.learning;

/**
 * A word learned for an article, as its owner reviews it: how many people taught it (staff among them), how
 * strongly it now counts (0 to 1, after the anonymous cap and the decay) and when it was last taught.
 */
public record LearnedWord(String word, int voters, int staffVoters, float strength, String lastTaught) {}
