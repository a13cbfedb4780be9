package fixbank.server.http;

import fixbank.server.config.AddressRange;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Who a request comes from, for rate limits and the log. The address that opened the connection, unless that
 * is a trusted proxy: then the {@code X-Forwarded-For} header is read from the right, past every trusted
 * proxy, and the first address that is not one is the client. Anyone can send the header, so without a
 * trusted proxy it is ignored, and entries to the left of an untrusted hop are never believed.
 */
final class ClientAddress {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<AddressRange> trustedProxies;

    ClientAddress(List<AddressRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    InetAddress of(Context ctx) {
        InetAddress client =
                AddressRange.literal(hostPart(ctx.req().getRemoteAddr())).orElseThrow();
        if (!trusted(client)) {
            return client;
        }
        List<String> hops = forwardedFor(ctx);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> address = AddressRange.literal(hops.get(i));
            if (address.isEmpty()) {
                return client; // what a trusted proxy could not vouch for is not believed
            }
            client = address.get();
            if (!trusted(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    /** Every entry of every such header, in order, each as {@link #hostPart}. */
    private static List<String> forwardedFor(Context ctx) {
        return Collections.list(ctx.req().getHeaders(FORWARDED_FOR)).stream()
                .flatMap(header -> List.of(header.split(",")).stream())
                .map(ClientAddress::hostPart)
                .toList();
    }

    /** The address alone, without spaces, a port or IPv6 brackets. */
    private static String hostPart(String entry) {
        String hop = entry.strip();
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        boolean ipv4WithPort = colon >= 0 && colon == hop.lastIndexOf(':');
        return ipv4WithPort ? hop.substring(0, colon) : hop;
    }
}
