package fixbank.server.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Says in each answer how long the server took over it, as the W3C Server Timing header
 * {@code Server-Timing: app;dur=1.234} (milliseconds): from the moment the request's headers were read to the
 * moment the answer began to be written, which for the JSON API is the whole answer but its bytes on the wire.
 * Browsers' developer tools show it beside the network's time, and {@code bench/warmup} reads it to time the
 * server apart from a client that shares its machine. It tells a caller nothing the caller could not time.
 */
final class ServerTiming extends Handler.Wrapper {

    static final String HEADER = "Server-Timing";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(request, new Timed(request, response, System.nanoTime()), callback);
    }

    /** The response, which sets the header as the answer starts to be written, while headers can still change. */
    private static final class Timed extends Response.Wrapper {

        private final long start;

        Timed(Request request, Response wrapped, long start) {
            super(request, wrapped);
            this.start = start;
        }

        @Override
        public void write(boolean last, ByteBuffer content, Callback callback) {
            if (!isCommitted()) {
                getHeaders().put(HEADER, value(System.nanoTime() - start));
            }
            super.write(last, content, callback);
        }
    }

    /** {@code app;dur=} and the milliseconds to the microsecond, without a locale's decimal comma. */
    static String value(long nanos) {
        long micros = Math.max(0, nanos / 1_000);
        String fraction = Long.toString(1_000 + micros % 1_000).substring(1);
        return "app;dur=" + micros / 1_000 + "." + fraction;
    }
}
