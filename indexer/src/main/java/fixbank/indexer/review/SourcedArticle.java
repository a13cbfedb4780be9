package fixbank.indexer.review;

import fixbank.indexer.article.Article;

/** A parsed article with the text of its file, so a finding can name the line it is about. */
public record SourcedArticle(Article article, String source) {

    /** The 1-based line of the first line starting with {@code prefix} (say {@code "owner:"}); 1 when none does. */
    int lineStarting(String prefix) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i + 1;
            }
        }
        return 1;
    }
}
