package fixbank.server.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of {@code dev-hospital-tickets.jsonl}: a draft ticket as hospital staff would type it, and the
 * bundled articles that solve it, best first (none for a ticket no article fits).
 */
public record HospitalTicket(String title, String description, List<String> expected, Audience audience, Style style) {

    /** Who may see the first expected article: anyone, staff only, or nobody since there is none. */
    public enum Audience {
        PUBLIC,
        STAFF,
        NONE
    }

    /** How the ticket is written: in a clinician's or clerk's words, an IT technician's, or barely at all. */
    public enum Style {
        LAY,
        TECH,
        VAGUE
    }

    public HospitalTicket {
        expected = List.copyOf(expected);
    }

    /** Whether some article solves the ticket. */
    public boolean answerable() {
        return !expected.isEmpty();
    }

    /** Reads every row; a row with an unknown audience or style is an error naming its line. */
    public static List<HospitalTicket> read(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<HospitalTicket> tickets = new ArrayList<>();
        List<String> lines = Files.readAllLines(jsonl);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(lines.get(i));
            List<String> expected = new ArrayList<>();
            row.path("expected").forEach(id -> expected.add(id.asText()));
            try {
                tickets.add(new HospitalTicket(
                        row.path("title").asText(""),
                        row.path("description").asText(""),
                        expected,
                        Audience.valueOf(row.path("audience").asText("").toUpperCase(Locale.ROOT)),
                        Style.valueOf(row.path("style").asText("").toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                throw new IOException(jsonl + ":" + (i + 1) + ": unknown audience or style: " + e.getMessage(), e);
            }
        }
        return tickets;
    }
}
