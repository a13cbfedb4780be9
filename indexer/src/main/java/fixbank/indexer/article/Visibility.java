package fixbank.indexer.article;

import java.util.Locale;
import java.util.Optional;

/** Who may read an article: everyone, or IT staff only. */
public enum Visibility {
    PUBLIC,
    INTERNAL;

    /** The value as written in front matter and stored in the index. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Visibility> fromKey(String key) {
        for (Visibility v : values()) {
            if (v.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
