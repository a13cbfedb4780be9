package fixbank.server.insights;

import java.io.IOException;
import java.util.Set;

/**
 * The ids of articles with a revision submitted for review, a change to a published article included: the
 * owner's desk lists them as awaiting review. The editing workflow knows them; without it there are none.
 */
@FunctionalInterface
public interface WaitingForReview {

    Set<String> ids() throws IOException;
}
