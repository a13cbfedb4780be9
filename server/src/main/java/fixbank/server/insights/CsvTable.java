package fixbank.server.insights;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A table of the insights page as CSV (RFC 4180), safe to open in a spreadsheet: a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula, so it is
 * prefixed with an apostrophe and shown as text (OWASP's advice on CSV injection). Stored wording comes from
 * anyone who can type a search, so it is never trusted.
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    private static final Pattern FORMULA_START = Pattern.compile("^[=+\\-@\t\r]");

    public CsvTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public String toCsv() {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(CsvTable::cell).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (FORMULA_START.matcher(text).find()) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
