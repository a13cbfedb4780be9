package fixbank.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The API's OpenAPI 3.0 document, and what it says an answer may be: which statuses each operation declares,
 * and whether a body matches the schema declared for its operation, status and content type. Schemas are
 * checked with networknt's json-schema-validator in its OpenAPI 3.0 dialect ({@code nullable}, {@code $ref}
 * to {@code #/components/schemas/...}), and read as closed: an object schema that names its properties
 * refuses others unless it says {@code additionalProperties}, so a field the server sends but the document
 * does not name is drift too.
 */
final class OpenApiDocument {

    /** Where the registry keeps the document; never fetched ({@code .invalid} cannot resolve). */
    private static final String BASE = "https://fixbank.invalid/api/openapi.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    private final String text;
    private final JsonNode root;
    private final SchemaRegistry schemas;

    private OpenApiDocument(String text, JsonNode root) {
        this.text = text;
        this.root = root;
        ObjectNode closed = root.deepCopy();
        closeObjectSchemas(closed);
        // The document's own fields are not schema keywords; known as such they are not warned about.
        Dialect openApi30 = Dialect.builder(Dialects.getOpenApi30())
                .keywords(Stream.of("openapi", "info", "security", "paths", "components")
                        .map(NonValidationKeyword::new)
                        .toList())
                .build();
        this.schemas =
                SchemaRegistry.withDialect(openApi30, builder -> builder.schemas(Map.of(BASE, closed.toString())));
    }

    static OpenApiDocument parse(String text) {
        try {
            return new OpenApiDocument(text, JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String version() {
        return root.path("openapi").asText();
    }

    /**
     * What is wrong with the document as OpenAPI: what swagger-parser reports (a missing, unexpected or
     * mistyped field, a reference it cannot resolve), and every {@code $ref} that points at nothing.
     */
    List<String> problems() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        List<String> problems = new ArrayList<>(
                new OpenAPIV3Parser().readContents(text, null, options).getMessages());
        root.findParents("$ref").forEach(parent -> {
            String ref = parent.get("$ref").asText();
            if (!ref.startsWith("#/") || root.at(ref.substring(1)).isMissingNode()) {
                problems.add("$ref " + ref + " points at nothing in this document");
            }
        });
        return problems;
    }

    /** Every operation, as "GET /api/search", with the statuses it declares. */
    Map<String, Set<Integer>> operations() {
        Map<String, Set<Integer>> operations = new TreeMap<>();
        root.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    if (METHODS.contains(operation.getKey())) {
                        Set<Integer> statuses = new TreeSet<>();
                        operation.getValue().path("responses").fieldNames().forEachRemaining(status -> {
                            statuses.add(Integer.parseInt(status));
                        });
                        operations.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), statuses);
                    }
                }));
        return operations;
    }

    /** The operation a request is for: its own path if the document has it, else a templated one that fits. */
    Optional<String> operation(String method, String path) {
        Set<String> operations = operations().keySet();
        String exact = method + " " + path;
        if (operations.contains(exact)) {
            return Optional.of(exact);
        }
        return operations.stream()
                .filter(operation ->
                        Pattern.matches(Pattern.quote(operation).replaceAll("\\{\\w+}", "\\\\E[^?#]+\\\\Q"), exact))
                .findFirst();
    }

    /**
     * How an answer of {@code operation} differs from what the document declares for it: an undeclared status
     * or content type, a body where none is declared, or a body that does not match the schema.
     */
    List<String> mismatches(String operation, int status, String contentType, String body) {
        String[] methodAndPath = operation.split(" ", 2);
        String operationPointer =
                "/paths/" + escape(methodAndPath[1]) + "/" + methodAndPath[0].toLowerCase(Locale.ROOT);
        String responsePointer = operationPointer + "/responses/" + status;
        JsonNode response = root.at(responsePointer);
        if (response.isMissingNode()) {
            return List.of("status " + status + " is not declared for " + operation);
        }
        if (response.has("$ref")) {
            responsePointer = response.get("$ref").asText().substring(1);
            response = root.at(responsePointer);
        }
        if (!response.has("content")) {
            return body.isEmpty() ? List.of() : List.of("a body, but the document declares none: " + body);
        }
        String mediaType = contentType.split(";")[0].strip();
        if (!response.get("content").has(mediaType)) {
            return List.of("content type '" + contentType + "' is not declared for " + operation + " " + status);
        }
        String schemaPointer = responsePointer + "/content/" + escape(mediaType) + "/schema";
        if (root.at(schemaPointer).isMissingNode()) {
            return List.of();
        }
        String fragment = schemaPointer.replace("{", "%7B").replace("}", "%7D");
        return schemas.getSchema(SchemaLocation.of(BASE + "#" + fragment)).validate(body, InputFormat.JSON).stream()
                .map(error -> (error.getInstanceLocation().getNameCount() == 0 ? "/" : error.getInstanceLocation())
                        + ": " + error.getMessage())
                .toList();
    }

    /** Gives every object schema that lists its properties {@code additionalProperties: false}, unless it says. */
    private static void closeObjectSchemas(JsonNode node) {
        if (node instanceof ObjectNode object
                && object.path("properties").isObject()
                && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        node.forEach(OpenApiDocument::closeObjectSchemas);
    }

    /** A JSON pointer token: "~" and "/" escaped. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
