package fixbank.server.http;

import fixbank.server.access.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one layout of the site ({@code /fixbank/pages/layout.html}: head with the style sheet and the shared
 * module scripts, skip link, site header with navigation and staff area, staff banner, {@code <main>}) filled
 * in for one page: its title, its script, the navigation with the page marked current, and its fragment.
 * Titles, addresses and labels are HTML-escaped; the fragment is the page's own markup and goes in as it is.
 */
final class PageLayout {

    static final String RESOURCES = "/fixbank/pages";

    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");
    private static final String NAV_INDENT = "\n        ";

    private final String layout;
    private final List<SitePage> pages;

    /** {@code pages} are the site's pages, whose nav entries make up the navigation in this order. */
    PageLayout(List<SitePage> pages) {
        this.layout = resource("layout.html");
        this.pages = List.copyOf(pages);
    }

    /** The whole HTML document of {@code page}. */
    String render(SitePage page) {
        Map<String, String> slots = Map.of(
                "title", escape(page.title()),
                "script",
                        page.script()
                                .map(src -> "<script type=\"module\" src=\"" + escape(src) + "\"></script>")
                                .orElse(""),
                "nav", navigation(page),
                "fragment", escape(page.fragment()),
                "main", resource(page.fragment() + ".html").stripTrailing());
        Matcher slot = SLOT.matcher(layout);
        StringBuilder html = new StringBuilder();
        while (slot.find()) {
            String value = slots.get(slot.group(1));
            if (value == null) {
                throw new IllegalStateException("layout.html has an unknown slot " + slot.group());
            }
            slot.appendReplacement(html, Matcher.quoteReplacement(value));
        }
        return slot.appendTail(html).toString();
    }

    private String navigation(SitePage current) {
        return pages.stream()
                .filter(page -> page.nav().isPresent())
                .map(page -> navLink(page, page.equals(current)))
                .collect(Collectors.joining(NAV_INDENT));
    }

    private static String navLink(SitePage page, boolean current) {
        SitePage.NavEntry entry = page.nav().orElseThrow();
        StringBuilder link = new StringBuilder("<a href=\"")
                .append(escape(page.addresses().get(0)))
                .append('"');
        if (current) {
            link.append(" aria-current=\"page\"");
        }
        entry.visibleTo()
                .role()
                .map(Role::key)
                .ifPresent(role ->
                        link.append(" data-role=\"").append(escape(role)).append("\" hidden"));
        return link.append('>').append(escape(entry.label())).append("</a>").toString();
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String resource(String name) {
        try (InputStream in = PageLayout.class.getResourceAsStream(RESOURCES + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCES + "/" + name + " is missing from the web jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
