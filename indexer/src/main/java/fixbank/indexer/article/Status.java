package fixbank.indexer.article;

import java.util.Locale;
import java.util.Optional;

/** Where an article is in its life: being written, awaiting approval, or live. */
public enum Status {
    DRAFT,
    REVIEW,
    PUBLISHED;

    /** The value as written in front matter and stored in the index. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Status> fromKey(String key) {
        for (Status s : values()) {
            if (s.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
