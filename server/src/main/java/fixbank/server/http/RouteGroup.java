package fixbank.server.http;

import io.javalin.config.JavalinConfig;

/**
 * One feature's part of the HTTP layer: its endpoints (each declaring its {@link Access}), filters or error
 * mappers, registered when the app is created. Handlers stay a few lines over the feature's core service.
 */
interface RouteGroup {

    void register(JavalinConfig config);
}
