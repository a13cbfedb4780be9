package fixbank.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.server.validation.InvalidRequestException;
import io.javalin.http.Context;

/**
 * Reads a JSON request body into a tree and its fields into checked values. The body's size is capped by
 * the server before this runs (413 above the limit).
 */
final class JsonBody {

    private JsonBody() {}

    static JsonNode read(ObjectMapper json, Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new InvalidRequestException("body", "the request body must be a JSON object");
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(
                    "body",
                    "the request body is not valid JSON (line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException("body", "the request body must be a JSON object");
        }
        return node;
    }

    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new InvalidRequestException(field, field + " must be a string");
        }
        return value.asText();
    }

    static int number(JsonNode body, String field, int defaultValue) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new InvalidRequestException(field, field + " must be a whole number");
        }
        return value.intValue();
    }
}
