package fixbank.server.editing;

import fixbank.server.audit.AuditEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the audit log says about the revision of an article now being worked on: who wrote it (everyone who
 * created or edited it since it was last approved or deleted) and the last comment it was sent back with.
 * The log is the one record of authorship, so a file edited by hand has no author and any reviewer may
 * approve it.
 */
record RevisionHistory(List<String> authors, Optional<EditView.SentBack> sentBack) {

    RevisionHistory {
        authors = List.copyOf(authors);
    }

    static RevisionHistory of(List<AuditEntry> oldestFirst) {
        Set<String> authors = new LinkedHashSet<>();
        EditView.SentBack sentBack = null;
        for (AuditEntry entry : oldestFirst) {
            String action = entry.action();
            if (action.equals(EditAction.CREATE.key()) || action.equals(EditAction.EDIT.key())) {
                authors.add(entry.actor());
            } else if (action.equals(EditAction.REJECT.key())) {
                sentBack = new EditView.SentBack(entry.actor(), entry.at(), entry.detail());
            } else if (action.equals(EditAction.APPROVE.key()) || action.equals(EditAction.DELETE.key())) {
                authors.clear();
                sentBack = null;
            }
        }
        return new RevisionHistory(new ArrayList<>(authors), Optional.ofNullable(sentBack));
    }

    boolean wroteBy(String name) {
        return authors.contains(name);
    }
}
