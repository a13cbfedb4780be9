package fixbank.server.http;

import java.util.List;

/**
 * Every page of the site, in the order of the navigation. Adding a page is a fragment in
 * {@code web/src/main/resources/fixbank/pages/}, a script in {@code .../fixbank/web/js/} and a line here; a
 * nav entry for a role ({@link Access#STAFF}, {@link Access#EDITOR}, {@link Access#ADMIN}) is shown only to callers who hold it.
 */
final class SitePages {

    static final List<SitePage> ALL = List.of(
            SitePage.at("/", "search", "Find a fix")
                    .alsoAt("/index.html") // where the search page was a file; bookmarks keep working
                    .withScript("/js/search-page.js")
                    .inNav("Find a fix", Access.ANYONE),
            SitePage.at("/report.html", "report", "Report a problem")
                    .withScript("/js/report-page.js")
                    .inNav("Report a problem", Access.ANYONE),
            SitePage.at("/insights.html", "insights", "Insights")
                    .withScript("/js/insights-page.js")
                    .inNav("Insights", Access.STAFF),
            // A new article at /edit.html, an existing one at /edit.html?id=ID.
            SitePage.at("/edit.html", "edit", "Write an article")
                    .withScript("/js/editor-page.js")
                    .inNav("Write", Access.EDITOR),
            SitePage.at("/review.html", "review", "Review")
                    .withScript("/js/review-page.js")
                    .inNav("Review", Access.EDITOR),
            SitePage.at("/units.html", "units", "Units")
                    .withScript("/js/units-page.js")
                    .inNav("Units", Access.ADMIN),
            SitePage.at("/articles/<id>", "article", "Article").withScript("/js/article-page.js"),
            SitePage.at("/widget-example.html", "widget-example", "Widget example"),
            SitePage.notFound("not-found", "Page not found"));

    private SitePages() {}
}
