package fixbank.server.editing;

/** No article, or no revision of one, by the id asked for. */
public class ArticleMissingException extends RuntimeException {

    ArticleMissingException(String message) {
        super(message);
    }
}
