package fixbank.indexer.review;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How {@code fixbank-indexer} prints what it found: {@code text} ({@code path:line: message (rule)}, one a
 * line, for people and editors), {@code json} (one document, for tools) or {@code github} (workflow commands
 * that GitHub Actions and compatible CI show as annotations on the lines of a pull request).
 */
public enum FindingFormat {
    TEXT,
    JSON,
    GITHUB;

    /**
     * Prints {@code findings}; {@code articles} is the articles folder as given, which annotations prefix to
     * each path so that they point into the repository.
     */
    public void print(List<Finding> findings, int checked, Path articles, PrintStream out, PrintStream err) {
        switch (this) {
            case TEXT ->
                findings.forEach(finding -> err.println(
                        finding.problem() + (finding.rule().equals(Finding.PARSE) ? "" : " (" + finding.rule() + ")")));
            case JSON -> out.println(json(findings, checked));
            case GITHUB -> findings.forEach(finding -> out.println(annotation(finding, articles)));
        }
    }

    private static String json(List<Finding> findings, int checked) {
        StringBuilder json = new StringBuilder("{\"checked\": ").append(checked).append(", \"problems\": [");
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            json.append(i == 0 ? "" : ", ")
                    .append("{\"path\": ")
                    .append(quoted(finding.problem().path()))
                    .append(", \"line\": ")
                    .append(finding.problem().line())
                    .append(", \"rule\": ")
                    .append(quoted(finding.rule()))
                    .append(", \"message\": ")
                    .append(quoted(finding.problem().message()))
                    .append('}');
        }
        return json.append("]}").toString();
    }

    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** {@code ::error file=F,line=N,title=RULE::MESSAGE}, escaped as the workflow-command format asks. */
    private static String annotation(Finding finding, Path articles) {
        String file = articles.resolve(finding.problem().path())
                .normalize()
                .toString()
                .replace('\\', '/');
        return "::error file=" + property(file) + ",line=" + finding.problem().line() + ",title="
                + property(finding.rule()) + "::" + data(finding.problem().message());
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
