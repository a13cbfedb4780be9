package fixbank.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who the server takes a caller to be, and endpoints that need a role. */
class CallerApiTest extends SharedTestServer {

    @Test
    void anonymousCallersAreNotSignedIn() {
        TestServer.Reply reply = server.get("/api/me");
        assertEquals(200, reply.status());
        assertFalse(reply.json().get("signedIn").asBoolean());
        assertTrue(reply.json().get("name").isNull());
        assertEquals(0, reply.json().get("roles").size());
    }

    @Test
    void staffAreShownByTheirNameAndRoles() {
        JsonNode me = server.getAsStaff("/api/me").json();
        assertTrue(me.get("signedIn").asBoolean());
        assertEquals(TestServer.STAFF_NAME, me.get("name").asText());
        assertEquals("[\"staff\"]", me.get("roles").toString());
    }

    @Test
    void aWrongTokenIsRefusedNotTakenForAnonymous() {
        TestServer.Reply reply = server.getWithAuthorization("/api/me", "Bearer wrong-token-0123456789");
        assertEquals(401, reply.status());
        assertFalse(reply.body().contains("wrong-token"), "the token is not echoed");
    }

    @Test
    void staffOnlyEndpointsAskAnonymousCallersToSignIn() throws Exception {
        TestServer.Reply anonymous = server.get("/api/health/problems");
        assertEquals(401, anonymous.status());
        assertEquals(
                "this is for IT staff: sign in with a staff token",
                anonymous.json().get("error").asText());

        server.add(Map.of("printing/broken.md", "---\nvisibility: everyone\n---\nText.\n"));
        try {
            TestServer.Reply staff = server.getAsStaff("/api/health/problems");
            assertEquals(200, staff.status(), staff.body());
            JsonNode problem = staff.json().get("problems").get(0);
            assertEquals("printing/broken.md", problem.get("path").asText());
            assertEquals(2, problem.get("line").asInt());
            assertTrue(problem.get("message").asText().startsWith("unknown visibility 'everyone'"));
        } finally {
            server.remove("printing/broken.md");
        }
        assertEquals(
                0,
                server.getAsStaff("/api/health/problems").json().get("problems").size());
    }
}
