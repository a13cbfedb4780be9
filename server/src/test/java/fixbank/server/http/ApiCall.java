package fixbank.server.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One request to the API and the status it should be answered with, written as one line: {@code
 * get("/api/search?page=0").answers(400)}, {@code .asStaff()}, {@code .withAuthorization("Bearer wrong")},
 * {@code .whileStarting()} for a server that listens but has not opened its index yet, {@code
 * .overTheRateLimit()} for a server whose allowance the test has already spent, {@code .withRecordingOff()} for
 * one started with {@code --record off}.
 */
record ApiCall(
        String method,
        String pathAndQuery,
        String body,
        String authorization,
        String ifMatch,
        Server server,
        int status) {

    /** Which of the test's servers the call goes to. */
    enum Server {
        READY,
        STARTING,
        LIMITED,
        RECORDING_OFF
    }

    /** An answer: its status, content type ("" when none) and body. */
    record Answer(int status, String contentType, String body) {

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static ApiCall get(String pathAndQuery) {
        return new ApiCall("GET", pathAndQuery, null, null, null, Server.READY, 0);
    }

    static ApiCall post(String path, String body) {
        return new ApiCall("POST", path, body, null, null, Server.READY, 0);
    }

    static ApiCall delete(String path) {
        return new ApiCall("DELETE", path, null, null, null, Server.READY, 0);
    }

    static ApiCall put(String path, String body) {
        return new ApiCall("PUT", path, body, null, null, Server.READY, 0);
    }

    ApiCall asEditor() {
        return withAuthorization("Bearer " + TestServer.EDITOR_TOKEN);
    }

    ApiCall asReviewer() {
        return withAuthorization("Bearer " + TestServer.REVIEWER_TOKEN);
    }

    /** Sends {@code If-Match: "version"}. */
    ApiCall ifMatch(String version) {
        return new ApiCall(method, pathAndQuery, body, authorization, '"' + version + '"', server, status);
    }

    /** Sends as {@code If-Match} the ETag that {@code editPath} answers, read just before the call. */
    ApiCall ifMatchOf(String editPath) {
        return new ApiCall(method, pathAndQuery, body, authorization, editPath, server, status);
    }

    ApiCall asAdmin() {
        return withAuthorization("Bearer " + TestServer.ADMIN_TOKEN);
    }

    ApiCall asStaff() {
        return withAuthorization("Bearer " + TestServer.STAFF_TOKEN);
    }

    ApiCall withAuthorization(String header) {
        return new ApiCall(method, pathAndQuery, body, header, ifMatch, server, status);
    }

    ApiCall whileStarting() {
        return new ApiCall(method, pathAndQuery, body, authorization, ifMatch, Server.STARTING, status);
    }

    ApiCall overTheRateLimit() {
        return new ApiCall(method, pathAndQuery, body, authorization, ifMatch, Server.LIMITED, status);
    }

    ApiCall withRecordingOff() {
        return new ApiCall(method, pathAndQuery, body, authorization, ifMatch, Server.RECORDING_OFF, status);
    }

    ApiCall answers(int expected) {
        return new ApiCall(method, pathAndQuery, body, authorization, ifMatch, server, expected);
    }

    String path() {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    Answer send(int port) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch.startsWith("/") ? etag(port, ifMatch) : ifMatch);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String etag(int port, String editPath) {
        HttpRequest read = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + editPath))
                .header("Authorization", "Bearer " + TestServer.ADMIN_TOKEN)
                .build();
        try {
            return CLIENT.send(read, HttpResponse.BodyHandlers.discarding())
                    .headers()
                    .firstValue("ETag")
                    .orElseThrow(() -> new AssertionError(editPath + " sent no ETag"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** "GET /api/search?q=printer as staff → 200", bodies shortened, tokens never shown. */
    @Override
    public String toString() {
        String shownBody = body == null ? "" : " " + (body.length() > 60 ? body.length() + " characters" : body);
        String caller = authorization == null ? "" : " " + callerName(authorization);
        String where = switch (server) {
            case READY -> "";
            case STARTING -> "while starting, ";
            case LIMITED -> "over the rate limit, ";
            case RECORDING_OFF -> "with recording off, ";
        };
        String condition = ifMatch == null ? "" : " If-Match " + ifMatch;
        return where + method + " " + pathAndQuery + shownBody + caller + condition + " → " + status;
    }

    private static String callerName(String authorization) {
        return switch (authorization.substring("Bearer ".length())) {
            case TestServer.STAFF_TOKEN -> "as staff";
            case TestServer.EDITOR_TOKEN -> "as editor";
            case TestServer.REVIEWER_TOKEN -> "as reviewer";
            case TestServer.ADMIN_TOKEN -> "as admin";
            default -> "with a wrong token";
        };
    }
}
