package fixbank.server.http;

import io.javalin.http.ServiceUnavailableResponse;

/** The answer of feedback and insights on a server started with {@code --record off}. */
final class RecordingOff extends ServiceUnavailableResponse {

    RecordingOff() {
        super("recording is turned off on this server, so feedback and insights are not kept");
    }
}
