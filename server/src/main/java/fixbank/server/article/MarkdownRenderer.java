package fixbank.server.article;

import fixbank.indexer.article.ArticleParser;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;

/**
 * Renders an article body to HTML that is safe to put in a page. Raw HTML in the Markdown is escaped, so it
 * shows as text; the result is then cleaned by {@link ArticleHtmlPolicy}, which keeps only the elements and
 * attributes Markdown produces and only http, https, mailto and relative links ({@code data:} too for
 * images). Links to other articles ({@code ../access/locked-out.md}) become links to their pages
 * ({@code /articles/access/locked-out}). Last, each {@code h2} and what follows it is grouped into a section
 * ({@link ArticleSections}).
 *
 * <p>Thread-safe: build one and share it.
 */
public final class MarkdownRenderer {

    private final Parser parser =
            Parser.builder().extensions(ArticleParser.MARKDOWN_EXTENSIONS).build();
    // URLs are left to the cleaner, so one policy decides which schemes pass; CommonMark's own sanitizer
    // would also let data: through on links.
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(ArticleParser.MARKDOWN_EXTENSIONS)
            .escapeHtml(true)
            .build();
    private final Cleaner cleaner = new Cleaner(ArticleHtmlPolicy.safelist());

    /** Renders the body of the article with id {@code articleId}, which relative links are resolved against. */
    public String render(String articleId, String markdown) {
        Node document = parser.parse(markdown);
        document.accept(new ArticleLinks(articleId));
        String rendered = renderer.render(document);
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(rendered, ArticleHtmlPolicy.BASE_URI));
        ArticleSections.group(clean.body());
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
