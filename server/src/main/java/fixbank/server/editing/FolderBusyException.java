package fixbank.server.editing;

/**
 * Another server sharing the articles folder held its write lock for longer than a write takes: nothing was
 * written, and the caller may try again.
 */
public final class FolderBusyException extends RuntimeException {

    FolderBusyException() {
        super("another server is writing to the articles folder just now; nothing was saved, please try again");
    }
}
