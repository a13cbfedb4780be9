package fixbank.server.http;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The API's OpenAPI 3 description, kept beside the code as {@code openapi.json} and served as is. */
final class ApiDocs implements RouteGroup {

    private final String json = load();

    @Override
    public void register(JavalinConfig config) {
        config.routes.get(
                "/api/openapi.json", ctx -> ctx.contentType("application/json").result(json), Access.ANYONE);
    }

    private static String load() {
        try (InputStream in = ApiDocs.class.getResourceAsStream("/fixbank/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the server jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
