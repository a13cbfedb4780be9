package fixbank.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to requests it refuses before Fixbank sees them (an address it cannot decode, an overlong
 * request line, headers too large), in the API's JSON error shape instead of Jetty's HTML page. It says what
 * was wrong in Fixbank's words and never repeats Jetty's own message, which can quote the request.
 */
final class ProtocolErrors extends ErrorHandler {

    private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json");

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(JSON);
        // Jetty answers these before any handler runs, so the security headers are set here as well.
        SecurityHeaders.ALWAYS.forEach(response.getHeaders()::put);
        response.write(true, body(code), callback);
    }

    private static ByteBuffer body(int status) {
        String error = switch (status) {
            case 400 -> "the request is malformed";
            case 404 -> "there is nothing at this address";
            case 414 -> "the address is too long";
            case 431 -> "the request headers are too large";
            default -> "the request could not be handled";
        };
        return ByteBuffer.wrap(("{\"error\":\"" + error + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
