package fixbank.server.article;

import fixbank.indexer.article.ArticleParser;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders an article body to HTML that is safe to put in a page: raw HTML in the Markdown is escaped, not
 * passed through, link and image addresses with schemes other than http, https, mailto and data (such as
 * {@code javascript:}) are dropped, and so are data addresses in links. Links to other articles ({@code ../access/locked-out.md}) become
 * links to their pages ({@code /articles/access/locked-out}).
 *
 * <p>Thread-safe: build one and share it.
 */
public final class MarkdownRenderer {

    public static final String ARTICLE_PAGE_PREFIX = "/articles/";

    private final Parser parser =
            Parser.builder().extensions(ArticleParser.MARKDOWN_EXTENSIONS).build();

    /** Renders the body of the article with id {@code articleId}, which relative links are resolved against. */
    public String render(String articleId, String markdown) {
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(ArticleParser.MARKDOWN_EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> new ArticleLinks(articleId))
                .build();
        return renderer.render(parser.parse(markdown));
    }

    /** Points relative links to {@code .md} files at the article pages they stand for. */
    private static final class ArticleLinks implements AttributeProvider {
        private final String articleId;

        ArticleLinks(String articleId) {
            this.articleId = articleId;
        }

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (!(node instanceof Link) || !attributes.containsKey("href")) {
                return;
            }
            String href = attributes.get("href");
            if (href.regionMatches(true, 0, "data:", 0, 5)) {
                // CommonMark's sanitizer keeps data: URLs, which can carry a whole HTML page; images may
                // keep them, links may not.
                attributes.put("href", "");
                return;
            }
            try {
                URI uri = new URI(href);
                String path = uri.getPath();
                if (uri.getScheme() != null || path == null || !path.endsWith(".md") || path.startsWith("/")) {
                    return;
                }
                URI resolved = new URI(null, null, "/" + articleId, null).resolve(path);
                String id = resolved.getPath().substring(1);
                id = id.substring(0, id.length() - ".md".length());
                if (!id.startsWith("../")) {
                    attributes.put(
                            "href",
                            ARTICLE_PAGE_PREFIX + id + (uri.getFragment() == null ? "" : "#" + uri.getFragment()));
                }
            } catch (URISyntaxException e) {
                // Not a link we can resolve; leave it as written.
            }
        }
    }
}
