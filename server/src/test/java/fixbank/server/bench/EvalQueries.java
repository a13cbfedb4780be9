package fixbank.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The rows of a JSON-lines evaluation file, such as {@code ../shared/eval/dev-queries.jsonl}, as the benchmarks send them. */
final class EvalQueries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalQueries() {}

    static List<JsonNode> read(Path jsonl) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }
}
