package fixbank.server.http;

import fixbank.server.insights.CsvTable;
import fixbank.server.validation.InvalidRequestException;
import io.javalin.http.Context;
import java.util.function.Function;

/** Answers with a report as JSON, or with its table as a CSV download when the caller asks {@code format=csv}. */
final class TableAnswers {

    private TableAnswers() {}

    /** {@code name} names the download: {@code fixbank-NAME.csv}. */
    static <T> void answer(Context ctx, String name, T report, Function<T, CsvTable> table) {
        String format = RequestParams.text(ctx, "format");
        switch (format) {
            case "", "json" -> ctx.json(report);
            case "csv" ->
                ctx.contentType("text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"fixbank-" + name + ".csv\"")
                        .result(table.apply(report).toCsv());
            default -> throw new InvalidRequestException("format", "format must be json or csv");
        }
    }
}
