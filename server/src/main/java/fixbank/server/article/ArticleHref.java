package fixbank.server.article;

import java.nio.charset.StandardCharsets;

/**
 * The address of an article's page, built here once so the API can hand it out as {@code href} and no
 * client has to build it: {@code /articles/} and the id, each path segment percent-encoded as JavaScript's
 * {@code encodeURIComponent} does (UTF-8; letters, digits and {@code -_.!~*'()} stay as they are), so
 * {@code printing/zebra labels (4 West)} is at {@code /articles/printing/zebra%20labels%20(4%20West)}.
 */
public final class ArticleHref {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ArticleHref() {}

    public static String of(String id) {
        StringBuilder href = new StringBuilder(ArticleLinks.ARTICLE_PAGE_PREFIX);
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '/' || kept(c)) {
                href.append((char) c);
            } else {
                href.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return href.toString();
    }

    private static boolean kept(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "-_.!~*'()".indexOf(c) >= 0;
    }
}
