package fixbank.server.article;

import org.jsoup.safety.Safelist;

/**
 * What article HTML may contain once it is cleaned: exactly what CommonMark and its tables extension produce
 * from Markdown, and nothing an attacker could use to run script or restyle the page.
 *
 * <ul>
 *   <li>Text blocks: {@code p}, {@code h1} to {@code h6}, {@code blockquote}, {@code hr}, {@code br},
 *       {@code pre}, {@code code}, {@code em}, {@code strong}.
 *   <li>Lists: {@code ul}, {@code ol} with {@code start} (a numbered list that resumes after a code block
 *       starts at its own number), {@code li}.
 *   <li>Tables: {@code table}, {@code thead}, {@code tbody}, {@code tr}, and {@code th}, {@code td} with the
 *       {@code align} the tables extension writes for {@code :--} columns.
 *   <li>Links, {@code a} with {@code href} and {@code title}: http, https, mailto, and relative addresses
 *       (other articles at {@code /articles/<id>}, {@code #anchors}). Never {@code data:}, which can carry a
 *       whole HTML page, nor {@code javascript:} or any other scheme.
 *   <li>Images, {@code img} with {@code src}, {@code alt} and {@code title}: http, https, relative and
 *       {@code data:} addresses, as the pages' Content-Security-Policy allows ({@code img-src 'self' data:
 *       https:}); an image cannot run script.
 * </ul>
 *
 * <p>No other element or attribute passes: no {@code style}, {@code class}, {@code id} or event handler, so
 * the {@code language-*} class CommonMark puts on fenced code is dropped too (nothing styles by it). The
 * {@code section} elements around Symptoms, Cause and Resolution are added by {@link ArticleSections} after
 * cleaning, so authors cannot write their own.
 */
final class ArticleHtmlPolicy {

    /**
     * What relative addresses are resolved against while cleaning, only to check that they stay on http(s);
     * they are kept relative in the output. The host is never contacted.
     */
    static final String BASE_URI = "https://fixbank.invalid/articles/";

    private ArticleHtmlPolicy() {}

    /** A new safelist with this policy; the caller owns it and must not change it once shared. */
    static Safelist safelist() {
        return new Safelist()
                .addTags("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "br", "pre", "code", "em")
                .addTags("strong", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
                .addAttributes("ol", "start")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("a", "href", "title")
                .addAttributes("img", "src", "alt", "title")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https", "data")
                .preserveRelativeLinks(true);
    }
}
