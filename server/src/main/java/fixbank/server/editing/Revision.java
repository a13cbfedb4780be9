package fixbank.server.editing;

import java.nio.file.Path;

/**
 * A file an editor works on, read and taken apart: an article's own file, or a change waiting in
 * {@code .pending/} beside a published one ({@code change}).
 */
record Revision(EditableId id, Path path, ArticleFolder.Stored stored, EditableFile file, boolean change) {}
