package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fixbank.server.access.TokenRegistry;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every API endpoint says who may call it; one that does not is found at start-up, and refused if it runs. */
class ApiEndpointsTest {

    @Test
    void anEndpointWithoutADeclarationStopsTheStart() {
        ApiEndpoints endpoints = new ApiEndpoints();
        Javalin.create(config -> {
            endpoints.register(config);
            config.routes.get("/api/declared", ctx -> ctx.result("ok"), Access.ANYONE);
            config.routes.get("/api/forgotten", ctx -> ctx.result("ok"));
            config.routes.get("/not-api", ctx -> ctx.result("ok"));
        });
        assertEquals(List.of("GET /api/declared", "GET /api/forgotten"), endpoints.names());
        IllegalStateException e = assertThrows(IllegalStateException.class, endpoints::checkAccessDeclared);
        assertEquals("API endpoints that do not declare who may call them: [GET /api/forgotten]", e.getMessage());
    }

    @Test
    void anUndeclaredEndpointIsRefusedIfItEverRuns() throws Exception {
        TokenRegistry noTokens = TokenRegistry.load(Optional.empty(), Optional.empty());
        Javalin app = Javalin.create(config -> {
                    new Authentication(noTokens, new ClientAddress(List.of()), Optional.empty()).register(config);
                    new ApiErrors().register(config);
                    config.routes.get("/api/forgotten", ctx -> ctx.result("secret"));
                })
                .start("127.0.0.1", 0);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/forgotten"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(403, response.statusCode());
            assertEquals("{\"error\":\"this endpoint is not available\"}", response.body());
        } finally {
            app.stop();
        }
    }
}
