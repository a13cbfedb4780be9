package fixbank.indexer.review;

import fixbank.indexer.article.ArticleProblem;

/**
 * A problem {@code --check} found, named by the rule that found it: {@code parse} for a file that could not be
 * read as an article, else one of the {@link ContentRules}.
 */
public record Finding(String rule, ArticleProblem problem) implements Comparable<Finding> {

    public static final String PARSE = "parse";

    @Override
    public int compareTo(Finding other) {
        int byProblem = problem.compareTo(other.problem);
        return byProblem != 0 ? byProblem : rule.compareTo(other.rule);
    }
}
