package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fixbank.server.access.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint that writes, called by every kind of caller (#14): anonymous callers are told to sign in
 * (401), signed-in callers without the role are refused (403) with the role named, and callers with it get
 * past the check. The requests name no article or carry an empty body, so a caller who gets past the check
 * meets a 400 or 404 and nothing is written, whatever the order the cases run in.
 */
class WriteEndpointRolesTest extends SharedTestServer {

    /** An endpoint, the role it needs (empty: anyone), a request that changes nothing, and its answer then. */
    record Endpoint(String method, String path, String body, Optional<Role> needs, int allowed) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String NO_SUCH = "/api/articles/printing/no-such-article";

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/articles", "{}", Optional.of(Role.EDITOR), 400),
            new Endpoint("PUT", NO_SUCH, "{\"title\": \"x\", \"symptoms\": \"y\"}", Optional.of(Role.EDITOR), 404),
            new Endpoint("DELETE", NO_SUCH, null, Optional.of(Role.EDITOR), 404),
            new Endpoint("POST", NO_SUCH + "/submit", null, Optional.of(Role.EDITOR), 404),
            new Endpoint("POST", NO_SUCH + "/approve", null, Optional.of(Role.REVIEWER), 404),
            new Endpoint("POST", NO_SUCH + "/reject", "{\"comment\": \"x\"}", Optional.of(Role.REVIEWER), 404),
            new Endpoint("POST", "/api/resolved-tickets", "{}", Optional.of(Role.EDITOR), 400),
            new Endpoint("POST", "/api/preview", "{}", Optional.of(Role.EDITOR), 400),
            new Endpoint("DELETE", "/api/learned/printing/no-such-article", null, Optional.of(Role.EDITOR), 200),
            new Endpoint("PUT", "/api/units", "{}", Optional.of(Role.ADMIN), 400),
            new Endpoint("POST", "/api/feedback", "{}", Optional.empty(), 400),
            new Endpoint("POST", "/api/journeys/not-a-journey/sent", null, Optional.empty(), 400));

    /** Each caller: its token (null for anonymous) and its role. */
    private static final Map<String, Optional<Role>> CALLERS = Map.of(
            "anonymous",
            Optional.empty(),
            TestServer.STAFF_TOKEN,
            Optional.of(Role.STAFF),
            TestServer.EDITOR_TOKEN,
            Optional.of(Role.EDITOR),
            TestServer.REVIEWER_TOKEN,
            Optional.of(Role.REVIEWER),
            TestServer.ADMIN_TOKEN,
            Optional.of(Role.ADMIN));

    static Stream<Arguments> everyEndpointForEveryCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            CALLERS.forEach((token, role) ->
                    cases.add(Arguments.of(endpoint, role.map(Role::key).orElse(token), token)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryCaller")
    void theRoleIsChecked(Endpoint endpoint, String callerName, String token) {
        Optional<Role> role = CALLERS.get(token);
        TestServer.Reply reply = server.send(
                endpoint.method(),
                endpoint.path(),
                role.isPresent() ? token : null,
                endpoint.body(),
                endpoint.method().equals("PUT") ? Map.of("If-Match", "\"0\"") : Map.of());
        boolean mayCall = endpoint.needs().isEmpty()
                || role.map(held -> held.compareTo(endpoint.needs().get()) >= 0).orElse(false);
        if (mayCall) {
            assertEquals(endpoint.allowed(), reply.status(), reply.body());
        } else if (role.isEmpty()) {
            assertEquals(401, reply.status(), reply.body());
        } else {
            assertEquals(403, reply.status(), reply.body());
            String needed = endpoint.needs().get().key();
            assertTrue(reply.json().get("error").asText().contains("the " + needed + " role"), reply.body());
        }
    }
}
