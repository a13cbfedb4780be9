package fixbank.server.editing;

import fixbank.indexer.article.Article;
import fixbank.indexer.article.InvalidArticleException;
import fixbank.indexer.article.Status;
import fixbank.indexer.units.Unit;
import fixbank.server.access.AccessDeniedException;
import fixbank.server.access.Caller;
import fixbank.server.access.Role;
import fixbank.server.article.ArticleService;
import fixbank.server.article.MarkdownRenderer;
import fixbank.server.audit.AuditLog;
import fixbank.server.index.LiveIndex;
import fixbank.server.privacy.TextScrubber;
import fixbank.server.units.UnitDirectory;
import fixbank.server.validation.InvalidRequestException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writing, reviewing and publishing articles from the browser or a ticketing system. Articles stay plain
 * Markdown files in the articles folder, so Git tracks them and the live index picks them up:
 *
 * <ul>
 *   <li>a new article is written as a draft in its own file; it reaches only staff until it is approved;
 *   <li>a change to a published article waits in {@code .pending/} beside it, and readers keep the published
 *       text until the change is approved;
 *   <li>every write names the version it replaces ({@code If-Match}), so a second editor, a hand edit or a
 *       {@code git pull} is reported as a conflict, never overwritten;
 *   <li>submitting asks for review; a reviewer who did not write the revision approves it (published, with
 *       {@code approved_by} and {@code approved}) or sends it back with a comment;
 *   <li>each step is kept in the {@link AuditLog}, which also says who wrote a revision.
 * </ul>
 *
 * Writes are serialised, one file at a time, also between servers that share the articles folder ({@link
 * FolderWriteLock}). Thread-safe.
 */
public final class EditingService {

    /** The longest comment a reviewer can send a revision back with; the audit log keeps it whole. */
    public static final int MAX_COMMENT = 500;

    private final ArticleFolder folder;
    private final Revisions revisions;
    private final ReviewQueue queue;
    private final LiveIndex index;
    private final AuditLog audit;
    private final TextScrubber scrubber;
    private final MarkdownRenderer renderer;
    private final UnitDirectory units;
    private final Clock clock;
    private final FolderWriteLock writes;

    public EditingService(
            Path articlesFolder,
            LiveIndex index,
            ArticleService articles,
            AuditLog audit,
            TextScrubber scrubber,
            MarkdownRenderer renderer,
            UnitDirectory units,
            Clock clock) {
        this.folder = new ArticleFolder(articlesFolder);
        // The service's own monitor is the lock of every write; the queue takes it to read whole revisions.
        this.revisions = new Revisions(folder, audit, this);
        this.queue = new ReviewQueue(revisions, articles, renderer);
        this.index = index;
        this.audit = audit;
        this.scrubber = scrubber;
        this.renderer = renderer;
        this.units = units;
        this.clock = clock;
        this.writes = new FolderWriteLock(articlesFolder);
    }

    /** The revision of {@code id} an editor would open now. */
    public synchronized EditView source(String id) throws IOException {
        return revisions.view(revisions.current(Revisions.existing(id)));
    }

    /**
     * Writes a new draft. Without {@code requestedId} the id is made from the title, numbered when taken; an
     * explicit id that is taken is a conflict. The owner defaults to the caller.
     */
    public Saved create(Optional<String> requestedId, ArticleDraft draft, Caller caller) throws IOException {
        return create(requestedId, draft, caller, null);
    }

    /** A draft from a ticket the ticketing system marked resolved; it waits in the queue like any other. */
    public Saved create(ResolvedTicket ticket, Caller caller) throws IOException {
        return create(Optional.empty(), ticket.draft(scrubber, units, caller), caller, "from a resolved ticket");
    }

    private synchronized Saved create(Optional<String> requestedId, ArticleDraft draft, Caller caller, String detail)
            throws IOException {
        try (FolderWriteLock.Held held = writes.hold()) {
            EditableId id = requestedId.isPresent() ? EditableId.requested(requestedId.get()) : freeId(draft.title());
            if (revisions.taken(id)) {
                throw new EditConflictException(
                        "an article with id '" + id + "' exists already: choose another id, or edit that article",
                        Optional.of(revisions.view(revisions.current(id))),
                        Optional.of(DraftFields.of(draft)));
            }
            ArticleDraft owned = knownUnits(draft.owner().isEmpty() ? draft.withOwner(caller.name()) : draft);
            EditableFile file = EditableFile.newDraft(owned, today());
            String version = write(id, folder.published(id), file);
            record(caller, EditAction.CREATE, id, version, detail);
            index.refresh();
            return new Saved(id.value(), version, file.status().key(), false);
        }
    }

    /**
     * Saves {@code draft} over the revision of version {@code ifMatch}. On a published article this writes
     * (or rewrites) the proposed change beside it; readers see nothing new until it is approved.
     *
     * @throws EditConflictException when the revision is no longer {@code ifMatch}; nothing is written
     */
    public synchronized Saved save(String rawId, ArticleDraft draft, String ifMatch, Caller caller) throws IOException {
        try (FolderWriteLock.Held held = writes.hold()) {
            EditableId id = Revisions.existing(rawId);
            Revision current = revisions.current(id);
            // A blank owner keeps the one the article has: the form may leave it empty, the article never loses it.
            String owner = current.file().draft().owner();
            draft = knownUnits(
                    draft.owner().isEmpty() ? draft.withOwner(owner.isEmpty() ? caller.name() : owner) : draft);
            DraftFields yours = DraftFields.of(draft);
            EditableFile saved;
            Path target;
            if (current.change()) {
                ArticleFolder.Stored published = revisions.published(current).stored();
                boolean upToDate = current.file().baseVersion().equals(Optional.of(published.version()));
                if (ifMatch.equals(current.stored().version()) && upToDate) {
                    saved = current.file().withDraft(draft, today());
                } else if (ifMatch.equals(published.version()) && !upToDate) {
                    // The caller saw the published article's new text and merged it: the change now builds on it.
                    saved = current.file().withDraft(draft, today()).proposedAgainst(published.version());
                } else if (!upToDate) {
                    throw new EditConflictException(
                            "the published article was changed (by hand or by git pull) after this change was"
                                    + " written: compare the two, merge them, and save naming the published version",
                            Optional.of(revisions.view(revisions.published(current))),
                            Optional.of(yours));
                } else {
                    throw changedSince(current, yours);
                }
                target = current.path();
            } else {
                if (!ifMatch.equals(current.stored().version())) {
                    throw changedSince(current, yours);
                }
                if (current.file().status() == Status.PUBLISHED) {
                    saved = current.file()
                            .withDraft(draft, today())
                            .proposedAgainst(current.stored().version());
                    target = folder.pending(id);
                } else {
                    saved = current.file().withDraft(draft, today());
                    target = current.path();
                }
            }
            String version = write(id, target, saved);
            record(caller, EditAction.EDIT, id, version, null);
            boolean change = !target.equals(folder.published(id));
            if (!change) {
                index.refresh();
            }
            return new Saved(id.value(), version, saved.status().key(), change);
        }
    }

    private EditConflictException changedSince(Revision current, DraftFields yours) throws IOException {
        return new EditConflictException(
                "someone else saved this article after you opened it: compare their version with yours, and save"
                        + " again naming their version to replace it",
                Optional.of(revisions.view(current)),
                Optional.of(yours));
    }

    /** Asks for review: the revision's status becomes {@code review}. Submitting twice changes nothing. */
    public synchronized Saved submit(String rawId, Optional<String> ifMatch, Caller caller) throws IOException {
        try (FolderWriteLock.Held held = writes.hold()) {
            Revision current = revisions.current(Revisions.existing(rawId));
            checkVersion(current, ifMatch);
            if (current.file().status() == Status.PUBLISHED) {
                throw EditConflictException.state("there is nothing to submit: '" + current.id()
                        + "' is published and no change to it is waiting");
            }
            if (current.file().status() == Status.REVIEW) {
                return saved(current, current.stored().version());
            }
            return rewrite(current, current.file().withStatus(Status.REVIEW), caller, EditAction.SUBMIT, null);
        }
    }

    /**
     * Publishes a submitted revision: {@code status: published}, {@code approved_by} the caller, {@code
     * approved} today; a change replaces the published file and leaves {@code .pending/}.
     *
     * @throws AccessDeniedException when the caller wrote or edited the revision
     */
    public synchronized Saved approve(String rawId, Optional<String> ifMatch, Caller caller) throws IOException {
        try (FolderWriteLock.Held held = writes.hold()) {
            Revision current = revisions.current(Revisions.existing(rawId));
            checkVersion(current, ifMatch);
            requireSubmitted(current, "approved");
            if (revisions.history(current.id()).wroteBy(caller.name())) {
                throw new AccessDeniedException(
                        "you wrote or edited this revision, so another reviewer must approve it");
            }
            EditableFile approved = current.file().approvedBy(caller.name(), today());
            if (current.change()) {
                Revision published = revisions.published(current);
                if (!current.file()
                        .baseVersion()
                        .equals(Optional.of(published.stored().version()))) {
                    throw new EditConflictException(
                            "the published article was changed (by hand or by git pull) after this change was written:"
                                    + " send it back so that its author can merge the two",
                            Optional.of(revisions.view(published)),
                            Optional.of(DraftFields.of(current.file().draft())));
                }
            }
            String version = write(current.id(), folder.published(current.id()), approved);
            if (current.change()) {
                folder.delete(current.path());
            }
            record(caller, EditAction.APPROVE, current.id(), version, current.change() ? "change" : "new article");
            index.refresh();
            return new Saved(current.id().value(), version, approved.status().key(), false);
        }
    }

    /** Sends a submitted revision back to its author as a draft, with the reviewer's comment. */
    public synchronized Saved reject(String rawId, String comment, Optional<String> ifMatch, Caller caller)
            throws IOException {
        try (FolderWriteLock.Held held = writes.hold()) {
            String scrubbed = scrubber.scrub(comment == null ? "" : comment).strip();
            if (scrubbed.isEmpty()) {
                throw new InvalidRequestException("comment", "say what needs to change: comment is required");
            }
            if (scrubbed.length() > MAX_COMMENT) {
                throw new InvalidRequestException(
                        "comment", "comment is " + scrubbed.length() + " characters; at most " + MAX_COMMENT);
            }
            Revision current = revisions.current(Revisions.existing(rawId));
            checkVersion(current, ifMatch);
            requireSubmitted(current, "sent back");
            return rewrite(current, current.file().withStatus(Status.DRAFT), caller, EditAction.REJECT, scrubbed);
        }
    }

    /**
     * Deletes the revision an editor would open: a waiting change (the published article stays), a draft, or,
     * for reviewers only, a published article.
     */
    public synchronized Saved delete(String rawId, Optional<String> ifMatch, Caller caller) throws IOException {
        try (FolderWriteLock.Held held = writes.hold()) {
            Revision current = revisions.current(Revisions.existing(rawId));
            checkVersion(current, ifMatch);
            if (!current.change() && current.file().status() == Status.PUBLISHED && !caller.has(Role.REVIEWER)) {
                throw new AccessDeniedException(
                        "only a reviewer may delete a published article; propose a change to it instead");
            }
            folder.delete(current.path());
            record(
                    caller,
                    EditAction.DELETE,
                    current.id(),
                    current.stored().version(),
                    current.change() ? "change" : null);
            if (!current.change()) {
                index.refresh();
            }
            return saved(current, current.stored().version());
        }
    }

    /** {@code draft} rendered as its article page would render it; {@code id} resolves its relative links. */
    public Preview preview(Optional<String> id, ArticleDraft draft) {
        String articleId = id.flatMap(EditableId::parse).map(EditableId::value).orElse("preview");
        Article article = parsed(articleId, EditableFile.newDraft(draft, today()));
        return new Preview(article.title(), renderer.render(articleId, article.markdown()));
    }

    /** What waits for review, read under the same lock as the writes. */
    public ReviewQueue queue() {
        return queue;
    }

    /**
     * The draft with each unit named as {@code units.yaml} names it.
     *
     * @throws InvalidRequestException for a unit the file does not list
     */
    private ArticleDraft knownUnits(ArticleDraft draft) throws IOException {
        if (draft.units().isEmpty()) {
            return draft;
        }
        List<String> named = new ArrayList<>();
        for (String unit : draft.units()) {
            Optional<Unit> known = units.find(unit);
            if (known.isEmpty()) {
                throw unknownUnit(unit);
            }
            named.add(known.get().name());
        }
        return draft.withUnits(named);
    }

    private InvalidRequestException unknownUnit(String unit) throws IOException {
        List<Unit> known = units.units();
        return new InvalidRequestException(
                "units",
                "unknown unit '" + unit + "': "
                        + (known.isEmpty()
                                ? "there is no units.yaml in the articles folder"
                                : "units.yaml lists "
                                        + known.stream().map(Unit::name).collect(Collectors.joining(", "))));
    }

    private EditableId freeId(String title) throws IOException {
        EditableId base = EditableId.fromTitle(title);
        EditableId id = base;
        for (int n = 2; revisions.taken(id) && n < 1_000; n++) {
            id = base.numbered(n);
        }
        return id;
    }

    // ---- writing

    private static void checkVersion(Revision current, Optional<String> ifMatch) {
        if (ifMatch.isPresent() && !ifMatch.get().equals(current.stored().version())) {
            throw EditConflictException.state("'" + current.id() + "' was saved again after you opened it (it is"
                    + " version " + current.stored().version() + " now): reload it and try again");
        }
    }

    private static void requireSubmitted(Revision current, String done) {
        if (current.file().status() == Status.DRAFT) {
            throw EditConflictException.state(
                    "'" + current.id() + "' is a draft: it can be " + done + " once it is submitted for review");
        }
        if (current.file().status() == Status.PUBLISHED) {
            throw EditConflictException.state(
                    "'" + current.id() + "' is published and no change to it is waiting for review");
        }
    }

    private Saved rewrite(Revision current, EditableFile file, Caller caller, EditAction action, String detail)
            throws IOException {
        String version = write(current.id(), current.path(), file);
        record(caller, action, current.id(), version, detail);
        if (!current.change()) {
            index.refresh();
        }
        return new Saved(current.id().value(), version, file.status().key(), current.change());
    }

    /** Checks that the file parses as the indexer will parse it, then writes it; answers its version. */
    private String write(EditableId id, Path target, EditableFile file) throws IOException {
        parsed(id.value(), file);
        String text = file.text();
        folder.write(target, text);
        return CrashSafeFile.version(text);
    }

    private static Article parsed(String id, EditableFile file) {
        try {
            return file.article(id + ".md");
        } catch (InvalidArticleException e) {
            throw new InvalidRequestException(
                    "body", "the article would not be readable: " + Revisions.describe(e.problems()));
        }
    }

    private void record(Caller caller, EditAction action, EditableId id, String version, String detail) {
        audit.record(caller.name(), action.key(), id.value(), version, detail);
    }

    private static Saved saved(Revision revision, String version) {
        return new Saved(
                revision.id().value(), version, revision.file().status().key(), revision.change());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
