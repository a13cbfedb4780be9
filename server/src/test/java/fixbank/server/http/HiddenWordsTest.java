package fixbank.server.http;

import static fixbank.server.http.TestServer.article;
import static fixbank.server.http.TestServer.encode;
import static fixbank.server.http.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing an anonymous caller is told depends on articles it may not see (#11 item 2): adding an internal
 * article and a draft, both with a word found nowhere else and with words the public articles share, leaves
 * every anonymous answer as it was, to the last digit of every score, while staff answers change.
 */
class HiddenWordsTest {

    /** A word in no article until the hidden ones come, and an invented one of the same length. */
    private static final String HIDDEN = "zephyrine";

    private static final String INVENTED = "quorvatix";

    @TempDir
    Path temp;

    private static final List<String> SEARCHES = List.of(
            HIDDEN,
            INVENTED,
            HIDDEN + "~",
            "zeph*",
            "printer offline",
            "printer " + HIDDEN,
            "wristband labels blank",
            "title:/print.*/",
            "");

    private static final List<String> TICKETS = List.of(
            "Printer offline on " + HIDDEN,
            "Printer offline on " + INVENTED,
            "zephyrin printer",
            "wristband labels come out blank",
            "account locked error 0x80070005");

    private static final List<String> COMPLETIONS = List.of("zeph", "print", "wristband la");

    /** Every answer, by request, with the time taken left out. */
    private static Map<String, JsonNode> answers(TestServer server, boolean staff) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String q : SEARCHES) {
            String path = "/api/search?q=" + encode(q);
            answers.put(path, withoutTime(staff ? server.getAsStaff(path) : server.get(path)));
        }
        for (String ticket : TICKETS) {
            String body = json(Map.of("title", ticket, "description", "Since this morning. " + ticket, "limit", 10));
            answers.put(
                    "suggest " + ticket,
                    withoutTime(staff ? server.postAsStaff("/api/suggest", body) : server.post("/api/suggest", body)));
        }
        for (String prefix : COMPLETIONS) {
            String path = "/api/autocomplete?q=" + encode(prefix);
            answers.put(path, withoutTime(staff ? server.getAsStaff(path) : server.get(path)));
        }
        return answers;
    }

    private static JsonNode withoutTime(TestServer.Reply reply) {
        JsonNode answer = reply.json();
        if (answer instanceof ObjectNode object) {
            object.remove("tookMs");
            object.put("status", reply.status());
        }
        return answer;
    }

    @Test
    void hiddenArticlesChangeNoAnonymousAnswer() throws Exception {
        try (TestServer server = TestServer.start(temp)) {
            Map<String, JsonNode> before = answers(server, false);
            Map<String, JsonNode> staffBefore = answers(server, true);

            server.add(Map.of(
                    "printing/zephyrine-print-queue.md",
                    article(
                            "Zephyrine print queue stuck on printer offline",
                            "printing",
                            "Zephyrine",
                            "internal",
                            "published",
                            "## Symptoms\nThe zephyrine queue holds every job and the printer shows offline.\n\n"
                                    + "## Resolution\nRestart zephyrine, then print a wristband label."),
                    "printing/zephyrine-draft.md",
                    article(
                            "Zephyrine labels blank",
                            "printing, wristband",
                            "Zephyrine",
                            "public",
                            "draft",
                            "Wristband labels come out blank after the zephyrine update. Account locked too.")));

            Map<String, JsonNode> after = answers(server, false);
            before.forEach((request, answer) -> assertEquals(answer, after.get(request), request));
            assertNotEquals(staffBefore, answers(server, true), "the hidden articles are indexed: staff see them");
        }
    }
}
