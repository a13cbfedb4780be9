package fixbank.server.access;

import fixbank.indexer.article.Status;
import fixbank.indexer.article.Visibility;
import fixbank.indexer.schema.ArticleFields;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Who may see which articles. Anonymous callers see only public, published articles; staff see internal
 * articles too and may ask for drafts and articles in review. Every endpoint applies these rules, as a Lucene
 * filter on queries and as a check on single documents.
 */
public final class AccessRules {

    private AccessRules() {}

    /**
     * The filter for a caller asking for articles in the given statuses.
     *
     * @throws AccessDeniedException when an anonymous caller asks for anything but published articles
     */
    public static Query filter(Caller caller, Set<Status> statuses) {
        checkStatuses(caller, statuses);
        return filter(Audience.of(caller), statuses);
    }

    /** The filter for what a caller sees by default: published articles only. */
    public static Query filter(Caller caller) {
        return filter(Audience.of(caller));
    }

    /** The articles {@code audience} sees by default: published ones, public only for anonymous callers. */
    public static Query filter(Audience audience) {
        return filter(audience, Set.of(Status.PUBLISHED));
    }

    private static Query filter(Audience audience, Set<Status> statuses) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        if (audience == Audience.PUBLIC) {
            filter.add(new TermQuery(new Term(ArticleFields.VISIBILITY, Visibility.PUBLIC.key())), Occur.FILTER);
        }
        BooleanQuery.Builder anyStatus = new BooleanQuery.Builder();
        for (Status status : statuses) {
            anyStatus.add(new TermQuery(new Term(ArticleFields.STATUS, status.key())), Occur.SHOULD);
        }
        filter.add(anyStatus.build(), Occur.FILTER);
        return filter.build();
    }

    /** Whether a caller may open a stored article: staff may open any, others only public published ones. */
    public static boolean maySee(Caller caller, Document doc) {
        return caller.isStaff()
                || (Visibility.PUBLIC.key().equals(doc.get(ArticleFields.VISIBILITY))
                        && Status.PUBLISHED.key().equals(doc.get(ArticleFields.STATUS)));
    }

    private static void checkStatuses(Caller caller, Set<Status> statuses) {
        if (!caller.isStaff() && !statuses.equals(Set.of(Status.PUBLISHED))) {
            throw new AccessDeniedException("drafts and articles in review are for IT staff: sign in with a token");
        }
    }
}
