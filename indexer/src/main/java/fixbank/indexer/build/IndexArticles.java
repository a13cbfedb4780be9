package fixbank.indexer.build;

import fixbank.indexer.article.ArticleProblem;
import fixbank.indexer.semantic.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The indexer command: {@code java -jar fixbank-indexer.jar --articles DIR --index DIR [--semantic] [--check]}.
 *
 * <p>Prints every problem as {@code path:line: message}, then a one-line summary. Exits 0 when every article
 * was clean, 1 when any file was skipped, 2 when the command itself could not run.
 */
public final class IndexArticles {

    static final int CLEAN = 0;
    static final int SKIPPED_FILES = 1;
    static final int FAILED = 2;

    private static final String USAGE = """
            Usage: java -jar fixbank-indexer.jar --articles DIR [--index DIR] [--semantic] [--check]
              --articles DIR  folder of Markdown articles (default: articles)
              --index DIR     Lucene index to create or update (default: data/index)
              --semantic      also store each article's meaning vector, for a server run with
                              --semantic on; switching it on or off rebuilds the index
              --check         validate the articles and report problems; write nothing
            """;

    private IndexArticles() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path articles = Path.of("articles");
        Path index = Path.of("data", "index");
        boolean check = false;
        boolean semantic = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles", "--index" -> {
                    if (i + 1 >= args.length) {
                        err.println("Error: " + args[i] + " needs a folder");
                        err.print(USAGE);
                        return FAILED;
                    }
                    Path value = Path.of(args[++i]);
                    if (args[i - 1].equals("--articles")) {
                        articles = value;
                    } else {
                        index = value;
                    }
                }
                case "--check" -> check = true;
                case "--semantic" -> semantic = true;
                case "--help", "-h" -> {
                    out.print(USAGE);
                    return CLEAN;
                }
                default -> {
                    err.println("Error: unknown option '" + args[i] + "'");
                    err.print(USAGE);
                    return FAILED;
                }
            }
        }
        IndexReport report;
        try {
            IndexBuilder builder =
                    semantic && !check ? IndexBuilder.withMeaning(SentenceEmbedder.shared()) : new IndexBuilder();
            report = check ? builder.check(articles) : builder.update(articles, index);
        } catch (NoSuchFileException e) {
            err.println("Error: articles folder not found: " + articles.toAbsolutePath());
            return FAILED;
        } catch (LockObtainFailedException e) {
            err.println("Error: another indexer or the server is updating " + index.toAbsolutePath() + "; try again");
            return FAILED;
        } catch (IOException | IllegalStateException e) {
            err.println("Error: " + e.getMessage());
            return FAILED;
        }
        for (ArticleProblem problem : report.problems()) {
            err.println(problem);
        }
        out.println(check ? checkSummary(report) : report.summary());
        return report.clean() ? CLEAN : SKIPPED_FILES;
    }

    private static String checkSummary(IndexReport report) {
        return String.format(
                Locale.ROOT,
                "checked %d articles: %d ok, %d with problems in %.2f s",
                report.unchanged() + report.skipped(),
                report.unchanged(),
                report.skipped(),
                report.seconds());
    }
}
