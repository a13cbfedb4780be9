package fixbank.indexer.command;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The two folders both commands work on, defined once for both: where the articles are and where their
 * index is. The indexer mixes them in; the server's index options extend them.
 */
public class IndexFolders {

    @Option(
            names = "--articles",
            paramLabel = "DIR",
            defaultValue = "articles",
            description = "folder of Markdown articles")
    private Path articles;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            defaultValue = "data/index",
            description = "Lucene index, created or brought up to date")
    private Path index;

    public Path articles() {
        return articles;
    }

    public Path index() {
        return index;
    }
}
