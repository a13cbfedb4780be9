package fixbank.server.database;

/**
 * The database could not be read or written (unreachable, too slow, full). The message is for callers and
 * names no internals; the cause is for the log.
 */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
