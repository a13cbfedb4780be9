package fixbank.server.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.server.recording.ClientId;
import fixbank.server.validation.InvalidRequestException;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a JSON request body into a tree and its fields into checked values. The body's size is capped by
 * the server before this runs (413 above the limit), and its nesting by the object mapper.
 */
final class JsonBody {

    private JsonBody() {}

    static JsonNode read(ObjectMapper json, Context ctx) {
        String body = utf8(ctx.bodyAsBytes());
        if (body.isBlank()) {
            throw new InvalidRequestException("body", "the request body must be a JSON object");
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new InvalidRequestException("body", "the request body is nested too deeply to be a ticket");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidRequestException(
                    "body",
                    "the request body is not valid JSON"
                            + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException("body", "the request body must be a JSON object");
        }
        return node;
    }

    /**
     * JSON between systems is UTF-8 (RFC 8259), so the body is read as UTF-8 whatever charset its
     * {@code Content-Type} names: an unknown or empty charset is no reason to fail, and bytes that are not
     * UTF-8 are the caller's mistake.
     */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("body", "the request body is not UTF-8 text");
        }
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

    /** A journey, search or session id the caller made up, or empty when none was sent. */
    static Optional<ClientId> clientId(JsonNode body, String field) {
        return ClientId.parse(text(body, field), field);
    }

    /**
     * A true or false that must be given.
     *
     * @throws InvalidRequestException naming {@code field} when it is missing or not a boolean
     */
    static boolean requiredBoolean(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isBoolean()) {
            throw new InvalidRequestException(field, field + " must be true or false");
        }
        return value.booleanValue();
    }

    /**
     * A true or false that may be left out, meaning false.
     *
     * @throws InvalidRequestException naming {@code field} when it is given and not a boolean
     */
    static boolean flag(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value != null && !value.isNull() && requiredBoolean(body, field);
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
