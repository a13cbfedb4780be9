package fixbank.server.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One IP address, or a CIDR range of them ({@code 10.0.0.0/8}, {@code fd00::/8}), such as a trusted proxy.
 *
 * @param network the range's first address
 * @param prefixLength how many leading bits an address must share with {@code network}
 */
public record AddressRange(InetAddress network, int prefixLength) {

    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    public AddressRange {
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException(
                    "a prefix length of " + network.getHostAddress() + " must be 0 to " + bits);
        }
    }

    /**
     * Reads {@code 192.0.2.10}, {@code 10.0.0.0/8}, {@code ::1} or {@code fd00::/8}.
     *
     * @throws IllegalArgumentException when the value is none of those
     */
    public static AddressRange parse(String value) {
        String text = value.strip();
        int slash = text.indexOf('/');
        Optional<InetAddress> address = literal(slash < 0 ? text : text.substring(0, slash));
        if (address.isEmpty() || (slash >= 0 && !text.substring(slash + 1).matches("\\d{1,3}"))) {
            throw new IllegalArgumentException(
                    "trust-proxy takes IP addresses or ranges such as 10.0.0.0/8, not '" + value + "'");
        }
        int bits = address.get().getAddress().length * 8;
        return new AddressRange(address.get(), slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1)));
    }

    /**
     * The address written in {@code text}, an IPv4 or IPv6 literal, or empty for anything else. Never a name
     * lookup: the text may come from a request header, and resolving it would let callers make the server
     * ask DNS.
     */
    public static Optional<InetAddress> literal(String text) {
        try {
            if (IPV4.matcher(text).matches()) {
                return Optional.of(InetAddress.getByName(text));
            }
            if (IPV6.matcher(text).matches()) {
                // In brackets, the JDK takes it for an IPv6 literal or refuses it, and never asks DNS.
                return Optional.of(InetAddress.getByName("[" + text + "]"));
            }
        } catch (UnknownHostException e) {
            // not a literal
        }
        return Optional.empty();
    }

    /** Whether {@code address} is in this range; an IPv4 address is never in an IPv6 range, nor the reverse. */
    public boolean contains(InetAddress address) {
        byte[] mine = network.getAddress();
        byte[] theirs = address.getAddress();
        if (mine.length != theirs.length) {
            return false;
        }
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (mine[i] != theirs[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest);
        return (mine[whole] & mask) == (theirs[whole] & mask);
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }
}
