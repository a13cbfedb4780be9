package fixbank.server.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One row of a known-item set: the article expected, and the ways a person might describe it. */
public record EvalQuery(String expected, String title, String description, String typing, String typo) {

    public static List<EvalQuery> read(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<EvalQuery> queries = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            queries.add(new EvalQuery(
                    row.get("expected").asText(),
                    text(row, "title"),
                    text(row, "description"),
                    text(row, "typing"),
                    text(row, "typo")));
        }
        return queries;
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
