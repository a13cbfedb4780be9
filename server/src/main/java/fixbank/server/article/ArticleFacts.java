package fixbank.server.article;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known of an article without rendering it: for recording which version was read, and for the
 * insights page.
 *
 * @param owner the IT point person; empty when none is named
 * @param version the {@code Article.version()} served now
 */
public record ArticleFacts(
        String id,
        String title,
        String owner,
        String version,
        Optional<LocalDate> reviewBy,
        String status,
        String href) {}
