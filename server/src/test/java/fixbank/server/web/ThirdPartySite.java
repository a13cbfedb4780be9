package fixbank.server.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for a hospital's ticketing system on its own origin: a plain ticket form that may include the
 * Fixbank widget, and a "new ticket" address that remembers what it was sent.
 */
final class ThirdPartySite implements AutoCloseable {

    private final HttpServer http;
    private final AtomicReference<String> fixbankAddress = new AtomicReference<>();
    private final AtomicReference<String> lastTicketQuery = new AtomicReference<>();

    private ThirdPartySite(HttpServer http) {
        this.http = http;
    }

    static ThirdPartySite start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ThirdPartySite site = new ThirdPartySite(http);
        http.createContext("/form.html", site::form);
        http.createContext("/tickets/new", site::newTicket);
        http.start();
        return site;
    }

    /** The origin browsers send for this site's pages, as --cors-origins takes it. */
    String origin() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** Where the form loads widget.js from; set once the Fixbank server's port is known. */
    void useFixbank(String address) {
        fixbankAddress.set(address);
    }

    String formAddress(boolean withWidget) {
        return origin() + "/form.html" + (withWidget ? "" : "?widget=off");
    }

    String ticketAddress() {
        return origin() + "/tickets/new?form=it";
    }

    /** The raw query of the last ticket handed over, if any. */
    Optional<String> lastTicketQuery() {
        return Optional.ofNullable(lastTicketQuery.get());
    }

    private void form(HttpExchange exchange) throws IOException {
        boolean withWidget = !"widget=off".equals(exchange.getRequestURI().getQuery());
        String widget = withWidget
                ? "<script src=\"" + fixbankAddress.get() + "/widget.js\" data-title=\"#subject\""
                        + " data-description=\"#details\" data-target=\"#fixbank-suggestions\"></script>"
                : "";
        reply(exchange, """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
                <title>Service desk: new ticket</title>
                <style>a { color: rgb(255, 0, 0); } .panel { display: none; }</style></head>
                <body><h1>New ticket</h1>
                <form><label>Subject <input id="subject"></label>
                <label>Details <textarea id="details"></textarea></label>
                <div id="fixbank-suggestions"></div>
                <button type="submit" id="create-ticket">Create ticket</button></form>
                """ + widget + "</body></html>");
    }

    private void newTicket(HttpExchange exchange) throws IOException {
        lastTicketQuery.set(exchange.getRequestURI().getRawQuery());
        reply(
                exchange,
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\">"
                        + "<title>Ticket</title></head>"
                        + "<body><h1>Ticket form</h1></body></html>");
    }

    /** Pages name an empty icon, as Fixbank's do, so the browser asks for no favicon.ico to log a 404 for. */
    private static void reply(HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
