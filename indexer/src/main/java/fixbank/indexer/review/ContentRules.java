package fixbank.indexer.review;

import fixbank.indexer.article.Article;
import fixbank.indexer.article.ArticleProblem;
import fixbank.indexer.article.Section;
import fixbank.indexer.article.Visibility;
import fixbank.indexer.schema.ArticleDocuments;
import fixbank.indexer.units.Unit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The content rules {@code fixbank-indexer --check} applies to a whole knowledge bank, for review in Git:
 * every article has its Symptoms, Cause and Resolution, an owner and a {@code review_by} date still to come;
 * relative links between articles resolve; no public article links to an internal one; no two articles share
 * a title; where the bank has a {@code units.yaml}, the units an article names are units it lists. Rule
 * names: {@value #SECTIONS}, {@value #OWNER}, {@value #REVIEW_BY}, {@value #LINKS}, {@value #PUBLIC_LINKS},
 * {@value #DUPLICATE_TITLE}, {@value #UNITS} (which also names the problems of {@code units.yaml} itself).
 */
public final class ContentRules {

    static final String SECTIONS = "sections";
    static final String OWNER = "owner";
    static final String REVIEW_BY = "review-by";
    static final String LINKS = "links";
    static final String PUBLIC_LINKS = "public-links-internal";
    static final String DUPLICATE_TITLE = "duplicate-title";
    public static final String UNITS = "units";

    /** An inline Markdown link or image: its target, up to a space (a title follows) or the closing bracket. */
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    private final Clock clock;

    public ContentRules(Clock clock) {
        this.clock = clock;
    }

    /**
     * Every finding over {@code articles}, in path and line order. {@code units} are those of the bank's
     * {@code units.yaml}; empty when it has none, and then an article may name any unit.
     */
    public List<Finding> check(List<SourcedArticle> articles, Optional<List<Unit>> units) {
        Optional<Set<String>> unitKeys = units.map(listed -> listed.stream()
                .map(unit -> ArticleDocuments.unitKey(unit.name()))
                .collect(Collectors.toSet()));
        Map<String, Article> byPath = new HashMap<>();
        for (SourcedArticle sourced : articles) {
            byPath.put(sourced.article().path(), sourced.article());
        }
        List<Finding> findings = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (SourcedArticle sourced : articles) {
            sections(sourced, findings);
            owner(sourced, findings);
            reviewBy(sourced, today, findings);
            links(sourced, byPath, findings);
            unitKeys.ifPresent(keys -> units(sourced, keys, findings));
        }
        duplicateTitles(articles, findings);
        findings.sort(null);
        return findings;
    }

    private static void add(List<Finding> findings, String rule, SourcedArticle sourced, int line, String message) {
        findings.add(new Finding(rule, new ArticleProblem(sourced.article().path(), line, message)));
    }

    private static void sections(SourcedArticle sourced, List<Finding> findings) {
        List<String> missing = Arrays.stream(Section.values())
                .filter(section -> !sourced.article().sections().containsKey(section))
                .map(section ->
                        section.name().charAt(0) + section.name().substring(1).toLowerCase(Locale.ROOT))
                .toList();
        if (!missing.isEmpty()) {
            add(
                    findings,
                    SECTIONS,
                    sourced,
                    1,
                    "no " + String.join(", ", missing) + " section: add a '## " + missing.get(0) + "' heading");
        }
    }

    private static void owner(SourcedArticle sourced, List<Finding> findings) {
        if (sourced.article().owner().isBlank()) {
            add(findings, OWNER, sourced, 1, "no owner: add 'owner:' with who keeps this article current");
        }
    }

    private static void reviewBy(SourcedArticle sourced, LocalDate today, List<Finding> findings) {
        Optional<LocalDate> reviewBy = sourced.article().reviewBy();
        if (reviewBy.isEmpty()) {
            add(findings, REVIEW_BY, sourced, 1, "no review_by: add the date by which it should be reviewed again");
        } else if (!reviewBy.get().isAfter(today)) {
            add(
                    findings,
                    REVIEW_BY,
                    sourced,
                    sourced.lineStarting("review_by:"),
                    "review_by " + reviewBy.get() + " has passed: review the article and set a new date");
        }
    }

    private static void links(SourcedArticle sourced, Map<String, Article> byPath, List<Finding> findings) {
        Article article = sourced.article();
        String[] lines = sourced.source().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            Matcher link = LINK.matcher(lines[i]);
            while (link.find()) {
                String href = link.group(1);
                target(article.path(), href).ifPresent(target -> {
                    Article linked = byPath.get(target);
                    if (linked == null) {
                        add(findings, LINKS, sourced, line, "link to " + href + " finds no article");
                    } else if (article.visibility() == Visibility.PUBLIC
                            && linked.visibility() == Visibility.INTERNAL) {
                        add(
                                findings,
                                PUBLIC_LINKS,
                                sourced,
                                line,
                                "public article links to internal " + target + ", which clinicians cannot open");
                    }
                });
            }
        }
    }

    private static void units(SourcedArticle sourced, Set<String> listed, List<Finding> findings) {
        for (String unit : sourced.article().units()) {
            if (!listed.contains(ArticleDocuments.unitKey(unit))) {
                add(
                        findings,
                        UNITS,
                        sourced,
                        sourced.lineStarting("units:"),
                        "unit '" + unit + "' is not in units.yaml: name units as it lists them, or add it there");
            }
        }
    }

    /**
     * The articles-root path a relative link to a Markdown file points at; empty for links elsewhere (web
     * addresses, anchors, absolute paths, images and other files).
     */
    static Optional<String> target(String from, String href) {
        String path = href.replaceFirst("[#?].*$", "");
        if (path.isEmpty()
                || path.startsWith("/")
                || path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")
                || !path.toLowerCase(Locale.ROOT).endsWith(".md")) {
            return Optional.empty();
        }
        Path base = Path.of(from).getParent();
        Path resolved = (base == null ? Path.of(path) : base.resolve(path)).normalize();
        if (resolved.startsWith("..")) {
            return Optional.of(path);
        }
        return Optional.of(resolved.toString().replace('\\', '/'));
    }

    private static void duplicateTitles(List<SourcedArticle> articles, List<Finding> findings) {
        Map<String, List<SourcedArticle>> byTitle = articles.stream()
                .collect(Collectors.groupingBy(sourced -> sourced.article()
                        .title()
                        .strip()
                        .replaceAll("\\s+", " ")
                        .toLowerCase(Locale.ROOT)));
        for (List<SourcedArticle> same : byTitle.values()) {
            if (same.size() < 2) {
                continue;
            }
            List<SourcedArticle> sorted = same.stream()
                    .sorted((a, b) -> a.article().path().compareTo(b.article().path()))
                    .toList();
            for (SourcedArticle later : sorted.subList(1, sorted.size())) {
                add(
                        findings,
                        DUPLICATE_TITLE,
                        later,
                        later.lineStarting("title:"),
                        "same title as " + sorted.get(0).article().path() + ": give each article its own");
            }
        }
    }
}
