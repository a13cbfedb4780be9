package fixbank.server.editing;

import fixbank.indexer.article.ArticleProblem;
import fixbank.indexer.article.InvalidArticleException;
import fixbank.server.audit.AuditLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads revisions from the articles folder, and what the audit log says of them. Shared by the writing side
 * ({@link EditingService}) and the reviewing side ({@link ReviewQueue}), which take {@link #lock()} so that
 * neither reads a revision half way through a write.
 */
final class Revisions {

    private final ArticleFolder folder;
    private final AuditLog audit;
    private final Object lock;

    /** {@code lock} is held by every write. */
    Revisions(ArticleFolder folder, AuditLog audit, Object lock) {
        this.folder = folder;
        this.audit = audit;
        this.lock = lock;
    }

    Object lock() {
        return lock;
    }

    ArticleFolder folder() {
        return folder;
    }

    /** The id in a request, if it could name a file under the folder; else it names no article. */
    static EditableId existing(String rawId) {
        return EditableId.parse(rawId)
                .orElseThrow(() -> new ArticleMissingException("no article with id '" + shorten(rawId) + "'"));
    }

    /** Whether {@code id} is taken by an article or a change. */
    boolean taken(EditableId id) throws IOException {
        return folder.read(folder.published(id)).isPresent()
                || folder.read(folder.pending(id)).isPresent();
    }

    /** The revision an editor would open: the waiting change, else the article's own file. */
    Revision current(EditableId id) throws IOException {
        Optional<Revision> change = pending(id);
        if (change.isPresent()) {
            return change.get();
        }
        Path file = folder.published(id);
        ArticleFolder.Stored stored = folder.read(file)
                .orElseThrow(() -> new ArticleMissingException("no article with id '" + shorten(id.value()) + "'"));
        return new Revision(id, file, stored, readable(id, stored), false);
    }

    Optional<Revision> pending(EditableId id) throws IOException {
        Path file = folder.pending(id);
        Optional<ArticleFolder.Stored> stored = folder.read(file);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Revision(id, file, stored.get(), readable(id, stored.get()), true));
    }

    /** The published article a change was proposed to, as it is on disk now. */
    Revision published(Revision change) throws IOException {
        ArticleFolder.Stored published = folder.read(folder.published(change.id()))
                .orElseThrow(() -> EditConflictException.state("the published file of '" + change.id()
                        + "' is gone (deleted by hand or by git pull): delete this change, or write it as a new"
                        + " article"));
        return new Revision(
                change.id(), folder.published(change.id()), published, readable(change.id(), published), false);
    }

    private static EditableFile readable(EditableId id, ArticleFolder.Stored stored) {
        try {
            return EditableFile.read(path(id), stored.text());
        } catch (InvalidArticleException e) {
            throw EditConflictException.state("the file of '" + id + "' has problems, so it can only be fixed by"
                    + " hand: " + describe(e.problems()));
        }
    }

    EditView view(Revision revision) throws IOException {
        RevisionHistory history = history(revision.id());
        String publishedVersion = revision.change()
                ? folder.read(folder.published(revision.id()))
                        .map(ArticleFolder.Stored::version)
                        .orElse(null)
                : null;
        return new EditView(
                revision.id().value(),
                revision.stored().version(),
                revision.file().status().key(),
                revision.change(),
                publishedVersion,
                DraftFields.of(revision.file().draft()),
                history.authors(),
                history.sentBack().orElse(null));
    }

    RevisionHistory history(EditableId id) {
        return RevisionHistory.of(audit.history(id.value()));
    }

    /** The path under the articles folder that the parser names in problems and takes the id from. */
    static String path(EditableId id) {
        return id.value() + ".md";
    }

    static String describe(List<ArticleProblem> problems) {
        return problems.stream()
                .map(p -> "line " + p.line() + ": " + p.message())
                .collect(Collectors.joining("; "));
    }

    private static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}
