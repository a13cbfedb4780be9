package fixbank.indexer.build;

import fixbank.indexer.article.ArticleId;
import fixbank.indexer.schema.SourceStamp;
import java.nio.file.Path;

/** A Markdown file found under the articles root, not yet read. */
record ArticleFile(Path file, String relativePath, ArticleId id, SourceStamp stamp) {}
