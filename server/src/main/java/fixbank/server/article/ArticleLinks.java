package fixbank.server.article;

import java.net.URI;
import java.net.URISyntaxException;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;

/**
 * Points relative links to {@code .md} files at the article pages they stand for, on the parsed Markdown: from
 * article {@code printing/a}, {@code ../access/locked-out.md#x} becomes {@code /articles/access/locked-out#x}.
 * Links that climb above the articles root are left as written. One instance per document.
 */
final class ArticleLinks extends AbstractVisitor {

    static final String ARTICLE_PAGE_PREFIX = "/articles/";

    private final URI articleUri;

    ArticleLinks(String articleId) {
        try {
            this.articleUri = new URI(null, null, "/" + articleId, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("article id '" + articleId + "' is not a path", e);
        }
    }

    @Override
    public void visit(Link link) {
        link.setDestination(articlePage(link.getDestination()));
        visitChildren(link);
    }

    private String articlePage(String destination) {
        URI uri;
        try {
            uri = new URI(destination);
        } catch (URISyntaxException e) {
            return destination; // not a link that can be resolved; leave it as written
        }
        String path = uri.getRawPath();
        if (uri.getScheme() != null || path == null || !path.endsWith(".md") || path.startsWith("/")) {
            return destination;
        }
        // Raw (still percent-encoded) parts, so the result is again a valid address.
        String id = articleUri.resolve(uri).getRawPath().substring(1);
        id = id.substring(0, id.length() - ".md".length());
        if (id.startsWith("../")) {
            return destination;
        }
        return ARTICLE_PAGE_PREFIX + id + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }
}
