package fixbank.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import fixbank.server.editing.ArticleDraft;
import fixbank.server.validation.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an article draft from a JSON body: the front-matter fields by their names ({@code title},
 * {@code summary}, {@code tags}, {@code systems}, {@code units}, {@code visibility}, {@code owner},
 * {@code review_by}) and the sections in Markdown ({@code intro}, {@code symptoms}, {@code cause},
 * {@code resolution}). Lists are JSON arrays of strings, or one comma-separated string.
 */
final class DraftBody {

    private DraftBody() {}

    static ArticleDraft read(JsonNode body) {
        return ArticleDraft.checked(
                JsonBody.text(body, "title"),
                JsonBody.text(body, "summary"),
                list(body, "tags"),
                list(body, "systems"),
                list(body, "units"),
                JsonBody.text(body, "visibility"),
                JsonBody.text(body, "owner"),
                JsonBody.text(body, "review_by"),
                JsonBody.text(body, "intro"),
                JsonBody.text(body, "symptoms"),
                JsonBody.text(body, "cause"),
                JsonBody.text(body, "resolution"));
    }

    private static List<String> list(JsonNode body, String field) {
        JsonNode value = body.get(field);
        List<String> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (value.isTextual()) {
            for (String part : value.asText().split(",")) {
                items.add(part);
            }
            return items;
        }
        if (!value.isArray()) {
            throw new InvalidRequestException(field, field + " must be a list of strings");
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new InvalidRequestException(field, field + " must be a list of strings");
            }
            items.add(item.asText());
        }
        return items;
    }
}
