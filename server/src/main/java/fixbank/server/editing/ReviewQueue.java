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
        for (Waiting waiting : waiting()) {
            RevisionHistory history = revisions.history(new EditableId(waiting.id()));
            items.add(new ReviewItem(
                    waiting.id(),
                    waiting.title(),
                    waiting.status(),
                    waiting.change(),
                    waiting.owner(),
                    history.authors(),
                    history.sentBack().orElse(null),
                    ArticleHref.of(waiting.id())));
        }
        items.sort((a, b) -> a.status().equals(b.status())
                ? a.id().compareTo(b.id())
                : a.status().equals(Status.REVIEW.key()) ? -1 : 1);
        return items;
    }

    /**
     * The ids of every revision submitted for review, new articles and changes alike; read from the files and
     * the index alone, since the owner's desk asks on every load.
     */
    public Set<String> submittedIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Waiting waiting : waiting()) {
            if (waiting.status().equals(Status.REVIEW.key())) {
                ids.add(waiting.id());
            }
        }
        return ids;
    }

    /** A revision not yet published, as the files and the index say, before the audit log is asked. */
    private record Waiting(String id, String title, String status, boolean change, String owner) {}

    private List<Waiting> waiting() throws IOException {
        List<Waiting> waiting = new ArrayList<>();
        Set<String> changed = new HashSet<>();
        for (EditableId id : revisions.folder().pendingIds()) {
            changed.add(id.value());
            try {
                revisions.pending(id).ifPresent(change -> {
                    ArticleDraft draft = change.file().draft();
                    waiting.add(new Waiting(
                            id.value(), draft.title(), change.file().status().key(), true, draft.owner()));
                });
            } catch (EditConflictException e) {
                LOG.warn("the proposed change to '{}' cannot be read: {}", id, e.getMessage());
            }
        }
        for (ArticleFacts facts : articles.allFacts()) {
            if (!facts.status().equals(Status.PUBLISHED.key()) && !changed.contains(facts.id())) {
                waiting.add(new Waiting(facts.id(), facts.title(), facts.status(), false, facts.owner()));
            }
        }
        return waiting;
    }

    /** A revision with its diff against the published article, for a reviewer. */
    public ReviewDetail review(String rawId, Caller caller) throws IOException {
        Revision revision;
        String published = "";
        synchronized (revisions.lock()) {
            revision = revisions.current(Revisions.existing(rawId));
            if (revision.change()) {
                published = revisions.published(revision).file().readerText();
            } else if (revision.file().status() == Status.PUBLISHED) {
                published = revision.file().readerText();
            }
        }
        EditView view = revisions.view(revision);
        boolean mayApprove = caller.has(Role.REVIEWER)
                && revision.file().status() == Status.REVIEW
                && !view.authors().contains(caller.name());
        return new ReviewDetail(
                view,
                DiffLine.between(published, revision.file().readerText()),
                renderer.render(revision.id().value(), article(revision).markdown()),
                mayApprove);
    }

    private static Article article(Revision revision) {
        try {
            return revision.file().article(Revisions.path(revision.id()));
        } catch (InvalidArticleException e) {
            throw EditConflictException.state(
                    "'" + revision.id() + "' cannot be shown: " + Revisions.describe(e.problems()));
        }
    }
}
