package fixbank.indexer.build;

import fixbank.indexer.article.ArticleProblem;
import fixbank.indexer.command.CommandLineReader;
import fixbank.indexer.command.IndexFolders;
import fixbank.indexer.command.SemanticMode;
import fixbank.indexer.review.ContentRules;
import fixbank.indexer.review.Finding;
import fixbank.indexer.review.FindingFormat;
import fixbank.indexer.semantic.SentenceEmbedder;
import fixbank.indexer.units.UnitsFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The indexer command: {@code java -jar fixbank-indexer.jar [--articles DIR] [--index DIR] [--semantic]
 * [--check]}; {@code --help} lists the options with their environment variables.
 *
 * <p>Prints every problem as {@code path:line: message} (or as JSON, or as CI annotations, by {@code --format}),
 * then a one-line summary. With {@code --check}, the {@link ContentRules} apply too. Exits 0 when every article
 * was clean, 1 when any had a problem (and, indexing, was skipped), 2 when the command itself could not run.
 */
@Command(
        name = "fixbank-indexer",
        customSynopsis = "java -jar fixbank-indexer.jar [OPTIONS]",
        description = "Brings a Fixbank index up to date with a folder of Markdown articles.%n")
public final class IndexArticles {

    static final int CLEAN = 0;
    static final int SKIPPED_FILES = 1;
    static final int FAILED = 2;

    @Mixin
    IndexFolders folders;

    @Mixin
    SemanticMode semantic;

    @Option(
            names = "--check",
            description = "validate the articles and the content rules (sections, owner, review date, links,"
                    + " titles, units) and report problems; write nothing")
    boolean check;

    @Option(
            names = "--format",
            paramLabel = "text|json|github",
            defaultValue = "text",
            converter = FormatConverter.class,
            description = "how problems are printed: text (path:line: message), json, or github (annotations"
                    + " for GitHub Actions and compatible CI)")
    FindingFormat format;

    /** Reads {@code --format} in any case, naming the choices when it cannot. */
    static final class FormatConverter implements CommandLine.ITypeConverter<FindingFormat> {
        @Override
        public FindingFormat convert(String value) {
            try {
                return FindingFormat.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "--format must be text, json or github, not '" + value + "'");
            }
        }
    }

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "show this help and exit")
    boolean help;

    private IndexArticles() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        IndexArticles command = new IndexArticles();
        CommandLineReader reader = new CommandLineReader(command, environment);
        try {
            if (!reader.read(args)) {
                out.print(reader.usage());
                return CLEAN;
            }
        } catch (IllegalArgumentException e) {
            err.println("Error: " + e.getMessage());
            err.println("Run 'java -jar fixbank-indexer.jar --help' for the options.");
            return FAILED;
        }
        return command.run(out, err);
    }

    private int run(PrintStream out, PrintStream err) {
        IndexReport report;
        List<Finding> findings = new ArrayList<>();
        try {
            if (check) {
                IndexBuilder.Checked checked = new IndexBuilder().checkAll(folders.articles());
                report = checked.report();
                Optional<UnitsFile.Read> units = unitsFile(folders.articles());
                findings.addAll(new ContentRules(Clock.systemDefaultZone())
                        .check(checked.articles(), units.map(UnitsFile.Read::units)));
                units.ifPresent(read ->
                        read.problems().forEach(problem -> findings.add(new Finding(ContentRules.UNITS, problem))));
            } else {
                report = update();
            }
        } catch (NoSuchFileException e) {
            err.println(
                    "Error: articles folder not found: " + folders.articles().toAbsolutePath());
            return FAILED;
        } catch (LockObtainFailedException e) {
            err.println("Error: another indexer or the server is updating "
                    + folders.index().toAbsolutePath() + "; try again");
            return FAILED;
        } catch (IOException | IllegalStateException e) {
            err.println("Error: " + e.getMessage());
            return FAILED;
        }
        for (ArticleProblem problem : report.problems()) {
            findings.add(new Finding(Finding.PARSE, problem));
        }
        findings.sort(null);
        format.print(findings, report.unchanged() + report.skipped(), folders.articles(), out, err);
        if (format != FindingFormat.JSON) {
            out.println(check ? checkSummary(report, findings) : report.summary());
        }
        return findings.isEmpty() && report.clean() ? CLEAN : SKIPPED_FILES;
    }

    /** The articles folder's {@code units.yaml} as read, if it has one. */
    private static Optional<UnitsFile.Read> unitsFile(Path articles) throws IOException {
        Path units = articles.resolve(UnitsFile.NAME);
        if (!Files.isRegularFile(units)) {
            return Optional.empty();
        }
        return Optional.of(UnitsFile.read(UnitsFile.NAME, Files.readString(units, StandardCharsets.UTF_8)));
    }

    private IndexReport update() throws IOException {
        if (!semantic.semantic()) {
            return new IndexBuilder().update(folders.articles(), folders.index());
        }
        try (SentenceEmbedder embedder = SentenceEmbedder.load()) {
            return IndexBuilder.withMeaning(embedder).update(folders.articles(), folders.index());
        }
    }

    private static String checkSummary(IndexReport report, List<Finding> findings) {
        long withProblems = findings.stream()
                .map(finding -> finding.problem().path())
                .distinct()
                .count();
        int checked = report.unchanged() + report.skipped();
        return String.format(
                Locale.ROOT,
                "checked %d articles: %d ok, %d with problems in %.2f s",
                checked,
                checked - withProblems,
                withProblems,
                report.seconds());
    }
}
