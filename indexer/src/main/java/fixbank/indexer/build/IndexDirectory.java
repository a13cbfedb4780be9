package fixbank.indexer.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FileSwitchDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * The folder of an index as the indexer and the server open it. Everything a query walks (terms, postings,
 * norms) is memory-mapped, as Lucene recommends. The stored fields, two thirds of the index (each article's
 * text, for snippets and pages), are read with ordinary reads instead: a query reads them for the few
 * articles it shows, so mapping them gains nothing, and mapped pages, once touched, count toward the server's
 * resident memory as long as they stay in the page cache: 140 MB of 470 on a 50,000-article bank (#15). Read
 * this way they stay in the page cache all the same, but outside the process.
 *
 * <p>This only helps with segments written as separate files, which {@link IndexBuilder} now writes; a
 * compound file holds every part in one file and is mapped whole.
 */
public final class IndexDirectory {

    /** Lucene 9's stored fields: data, index and meta files. */
    private static final Set<String> STORED_FIELDS = Set.of("fdt", "fdx", "fdm");

    private IndexDirectory() {}

    public static Directory open(Path folder) throws IOException {
        return new FileSwitchDirectory(STORED_FIELDS, new NIOFSDirectory(folder), new MMapDirectory(folder), true);
    }
}
