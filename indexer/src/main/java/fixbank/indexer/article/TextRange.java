package fixbank.indexer.article;

/** Characters {@code start} (inclusive) to {@code end} (exclusive) of an article's plain text. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range: " + start + ".." + end);
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
