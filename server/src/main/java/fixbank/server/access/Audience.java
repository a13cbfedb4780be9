package fixbank.server.access;

/**
 * Who reads, as far as which articles they see by default: anonymous callers see public, published
 * articles; staff see published articles of either visibility. Anything derived from the index that a
 * caller is shown (completions, word statistics) is kept per audience, so it never reflects articles the
 * caller may not see.
 */
public enum Audience {
    PUBLIC,
    STAFF;

    public static Audience of(Caller caller) {
        return caller.isStaff() ? STAFF : PUBLIC;
    }
}
