package fixbank.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The API's endpoints as the route groups registered them. Registered first, it sees every endpoint added
 * after it; {@link #checkAccessDeclared} then refuses to start a server with an API endpoint that does not
 * say who may call it, so a forgotten declaration is found at start-up rather than by a caller.
 */
final class ApiEndpoints implements RouteGroup {

    private static final Set<HandlerType> METHODS =
            Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private final List<HandlerMetaInfo> endpoints = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void register(JavalinConfig config) {
        config.events.handlerAdded(handler -> {
            if (METHODS.contains(handler.getHttpMethod()) && handler.getPath().startsWith("/api/")) {
                endpoints.add(handler);
            }
        });
    }

    /** @throws IllegalStateException naming the endpoints that declare no {@link Access} */
    void checkAccessDeclared() {
        List<String> undeclared = endpoints.stream()
                .filter(endpoint -> endpoint.getRoles().stream().noneMatch(Access.class::isInstance))
                .map(ApiEndpoints::name)
                .toList();
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("API endpoints that do not declare who may call them: " + undeclared);
        }
    }

    /** "GET /api/search" and so on, in the order they were registered. */
    List<String> names() {
        synchronized (endpoints) {
            return endpoints.stream().map(ApiEndpoints::name).toList();
        }
    }

    private static String name(HandlerMetaInfo endpoint) {
        return endpoint.getHttpMethod() + " " + endpoint.getPath();
    }
}
