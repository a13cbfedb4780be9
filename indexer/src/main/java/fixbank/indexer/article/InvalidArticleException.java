package fixbank.indexer.article;

import java.util.List;

/** Thrown when an article file cannot be indexed; carries every problem found, not just the first. */
public class InvalidArticleException extends Exception {

    private final transient List<ArticleProblem> problems;

    public InvalidArticleException(List<ArticleProblem> problems) {
        super(problems.isEmpty() ? "invalid article" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<ArticleProblem> problems() {
        return problems;
    }
}
