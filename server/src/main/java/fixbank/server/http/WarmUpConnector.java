package fixbank.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import fixbank.server.warmup.TicketSender;
import fixbank.server.warmup.WarmUpTicket;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.SslConnectionFactory;

/**
 * The server's own door, which no network reaches, through which the warm-up sends tickets to {@code POST
 * /api/suggest} as a ticketing system does: through Jetty, every route's filters, Javalin and Jackson, whose
 * code the warm-up would otherwise leave for the first real requests to compile. Requests through it are
 * marked ({@link #isWarmUp}): anonymous rate limits pass them, and under TLS they count as secure, since
 * they never leave the process. They name no journey, so nothing of them is recorded.
 */
final class WarmUpConnector implements TicketSender {

    private static final String MARK = WarmUpConnector.class.getName();

    /** A suggestion takes milliseconds; one that takes this long means the server is stuck. */
    private static final long ANSWER_SECONDS = 30;

    /** What a ticketing system showing a short list asks for. */
    private static final int LIMIT = 5;

    private final ObjectMapper json;
    private volatile Server server;
    /** Tickets sent so far; the warm-up sends them one at a time, from one thread. */
    private int sent;

    private volatile LocalConnector connector;

    WarmUpConnector(ObjectMapper json) {
        this.json = json;
    }

    void register(JavalinConfig javalin) {
        javalin.jetty.modifyServer(jetty -> server = jetty);
    }

    /**
     * Once listening, opens the door with the main listener's HTTP settings. Not before: Javalin adds its own
     * listener only to a server that has none.
     */
    void started() throws Exception {
        Connector main = server.getConnectors()[0];
        HttpConfiguration settings = new HttpConfiguration(
                main.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration());
        boolean secure = main.getConnectionFactory(SslConnectionFactory.class) != null;
        settings.addCustomizer((request, responseHeaders) -> marked(request, secure));
        LocalConnector local = new LocalConnector(server, new HttpConnectionFactory(settings));
        server.addConnector(local);
        server.manage(local); // a connector added to a running server is not stopped with it otherwise
        local.start();
        connector = local;
    }

    private static Request marked(Request request, boolean secure) {
        request.setAttribute(MARK, Boolean.TRUE);
        if (!secure) {
            return request;
        }
        return new Request.Wrapper(request) {
            @Override
            public boolean isSecure() {
                return true;
            }
        };
    }

    /** Whether the request came through this door, from the warm-up. */
    static boolean isWarmUp(Context ctx) {
        return ctx.req().getAttribute(MARK) != null;
    }

    @Override
    public boolean send(WarmUpTicket ticket) throws IOException {
        byte[] body = json.writeValueAsBytes(body(ticket));
        byte[] head = ("POST /api/suggest HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Accept: application/json\r\nUser-Agent: fixbank-warm-up\r\nConnection: close\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        ByteBuffer request = ByteBuffer.allocate(head.length + body.length)
                .put(head)
                .put(body)
                .flip();
        ByteBuffer answer;
        try {
            answer = connector.getResponse(request, ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("the warm-up's suggestion failed: " + e, e);
        }
        if (answer == null) {
            throw new IOException("the warm-up's suggestion had no answer in " + ANSWER_SECONDS + " s");
        }
        return HttpTester.parseResponse(answer).getStatus() == 200;
    }

    /**
     * The ticket as a body, every other one naming how many suggestions it wants, as some ticketing systems
     * do: Jackson and the request's reading otherwise meet a number there first in a real request.
     */
    private Map<String, Object> body(WarmUpTicket ticket) {
        sent++;
        if (sent % 2 == 0) {
            return Map.of("title", ticket.title(), "description", ticket.description());
        }
        return Map.of("title", ticket.title(), "description", ticket.description(), "limit", LIMIT);
    }
}
