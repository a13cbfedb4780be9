package fixbank.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The API's OpenAPI 3 description, kept beside the code as {@code openapi.json} and served as is. */
final class OpenApiDocument {

    private static final String JSON = load();

    private OpenApiDocument() {}

    static String json() {
        return JSON;
    }

    private static String load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/fixbank/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the server jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
