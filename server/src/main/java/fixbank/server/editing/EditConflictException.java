package fixbank.server.editing;

import java.util.Optional;

/**
 * A write that would overwrite something its caller has not seen: another editor's save, a hand edit or a
 * {@code git pull}. Nothing was written; {@code current} is what is there now and {@code yours} what was
 * sent, so the caller can merge the two and save again naming the current version.
 */
public class EditConflictException extends RuntimeException {

    private final transient Optional<EditView> current;
    private final transient Optional<DraftFields> yours;

    EditConflictException(String message, Optional<EditView> current, Optional<DraftFields> yours) {
        super(message);
        this.current = current;
        this.yours = yours;
    }

    /** A request that does not fit the revision's state, such as approving a draft nobody submitted. */
    public static EditConflictException state(String message) {
        return new EditConflictException(message, Optional.empty(), Optional.empty());
    }

    public Optional<EditView> current() {
        return current;
    }

    public Optional<DraftFields> yours() {
        return yours;
    }
}
