package fixbank.indexer.schema;

/**
 * What the indexer remembers of the file an article came from, to tell on the next run whether it changed
 * without reading it: its size and last-modified time in milliseconds, as rsync and make do.
 */
public record SourceStamp(long size, long modifiedMillis) {}
