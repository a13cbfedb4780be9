package fixbank.server.editing;

import fixbank.indexer.article.Article;
import fixbank.indexer.article.InvalidArticleException;
import fixbank.indexer.article.Status;
import fixbank.server.access.Caller;
import fixbank.server.access.Role;
import fixbank.server.article.ArticleFacts;
import fixbank.server.article.ArticleHref;
import fixbank.server.article.ArticleService;
import fixbank.server.article.MarkdownRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What waits for a reviewer: every new article not yet published (from the index) and every change waiting
 * in {@code .pending/}, submitted ones first; and each revision with an inline diff against the published
 * text. Thread-safe.
 */
public final class ReviewQueue {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewQueue.class);

    private final Revisions revisions;
    private final ArticleService articles;
    private final MarkdownRenderer renderer;

    ReviewQueue(Revisions revisions, ArticleService articles, MarkdownRenderer renderer) {
        this.revisions = revisions;
        this.articles = articles;
        this.renderer = renderer;
    }

    /** Every new article not yet published and every change waiting, submitted ones first. */
    public List<ReviewItem> items() throws IOException {
        List<ReviewItem> items = new ArrayList<>();
        Set<String> changed = new HashSet<>();
        for (EditableId id : revisions.folder().pendingIds()) {
            changed.add(id.value());
            try {
                revisions.pending(id).ifPresent(change -> items.add(item(change)));
            } catch (EditConflictException e) {
                LOG.warn("the proposed change to '{}' cannot be read: {}", id, e.getMessage());
            }
        }
        for (ArticleFacts facts : articles.allFacts()) {
            if (!facts.status().equals(Status.PUBLISHED.key()) && !changed.contains(facts.id())) {
                RevisionHistory history = revisions.history(new EditableId(facts.id()));
                items.add(new ReviewItem(
                        facts.id(),
                        facts.title(),
                        facts.status(),
                        false,
                        facts.owner(),
                        history.authors(),
                        history.sentBack().orElse(null),
                        facts.href()));
            }
        }
        items.sort((a, b) -> a.status().equals(b.status())
                ? a.id().compareTo(b.id())
                : a.status().equals(Status.REVIEW.key()) ? -1 : 1);
        return items;
    }

    /** The ids of every revision submitted for review, new articles and changes alike. */
    public Set<String> submittedIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (ReviewItem item : items()) {
            if (item.status().equals(Status.REVIEW.key())) {
                ids.add(item.id());
            }
        }
        return ids;
    }

    /** A revision with its diff against the published article, for a reviewer. */
    public ReviewDetail review(String rawId, Caller caller) throws IOException {
        Revision revision;
        String published = "";
        synchronized (revisions.lock()) {
            revision = revisions.current(Revisions.existing(rawId));
            if (revision.change()) {
                published = readerText(revisions.published(revision).file());
            } else if (revision.file().status() == Status.PUBLISHED) {
                published = readerText(revision.file());
            }
        }
        EditView view = revisions.view(revision);
        boolean mayApprove = caller.has(Role.REVIEWER)
                && revision.file().status() == Status.REVIEW
                && !view.authors().contains(caller.name());
        return new ReviewDetail(
                view,
                DiffLine.between(published, readerText(revision.file())),
                renderer.render(revision.id().value(), article(revision).markdown()),
                mayApprove);
    }

    private ReviewItem item(Revision revision) {
        RevisionHistory history = revisions.history(revision.id());
        ArticleDraft draft = revision.file().draft();
        return new ReviewItem(
                revision.id().value(),
                draft.title(),
                revision.file().status().key(),
                revision.change(),
                draft.owner(),
                history.authors(),
                history.sentBack().orElse(null),
                ArticleHref.of(revision.id().value()));
    }

    private static Article article(Revision revision) {
        try {
            return revision.file().article(Revisions.path(revision.id()));
        } catch (InvalidArticleException e) {
            throw EditConflictException.state(
                    "'" + revision.id() + "' cannot be shown: " + Revisions.describe(e.problems()));
        }
    }

    /**
     * The text a reader reads, in the file's format without the workflow's own keys (status, dates of update
     * and approval), so that a diff shows what a change changes for readers.
     */
    private static String readerText(EditableFile file) {
        return new EditableFile(
                        file.draft(),
                        file.headings(),
                        Status.PUBLISHED,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        file.otherFrontMatter())
                .text();
    }
}
