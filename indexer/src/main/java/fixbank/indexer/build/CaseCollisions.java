package fixbank.indexer.build;

import fixbank.indexer.article.ArticleProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds files whose ids differ only by case, such as {@code Printing/Label.md} and {@code printing/label.md}.
 * They cannot both exist on Windows or macOS, so which one wins would depend on the machine: all of them are
 * skipped and reported until one is renamed.
 */
final class CaseCollisions {

    private CaseCollisions() {}

    static Set<ArticleFile> find(List<ArticleFile> files, List<ArticleProblem> problems) {
        Map<String, List<ArticleFile>> byKey = new LinkedHashMap<>();
        for (ArticleFile file : files) {
            byKey.computeIfAbsent(file.id().caseFoldedKey(), k -> new ArrayList<>())
                    .add(file);
        }
        Set<ArticleFile> colliding = new HashSet<>();
        for (List<ArticleFile> group : byKey.values()) {
            if (group.size() < 2) {
                continue;
            }
            for (ArticleFile file : group) {
                List<String> others = group.stream()
                        .filter(f -> f != file)
                        .map(ArticleFile::relativePath)
                        .toList();
                problems.add(new ArticleProblem(
                        file.relativePath(),
                        1,
                        "id differs only by case from " + String.join(", ", others) + "; rename one of them"));
                colliding.add(file);
            }
        }
        return colliding;
    }
}
