package fixbank.indexer.article;

/**
 * Something wrong with an article file, located for the person who has to fix it. Printed as
 * {@code path:line: message}, the form editors and CI logs turn into links.
 */
public record ArticleProblem(String path, int line, String message) implements Comparable<ArticleProblem> {

    @Override
    public int compareTo(ArticleProblem other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
