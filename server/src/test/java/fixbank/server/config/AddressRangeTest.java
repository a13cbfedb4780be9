package fixbank.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressRangeTest {

    private static InetAddress address(String literal) {
        return AddressRange.literal(literal).orElseThrow();
    }

    @Test
    void singleAddressesAndRangesOfBothFamilies() {
        AddressRange one = AddressRange.parse("192.0.2.10");
        assertTrue(one.contains(address("192.0.2.10")));
        assertFalse(one.contains(address("192.0.2.11")));

        AddressRange tenEight = AddressRange.parse(" 10.0.0.0/8 ");
        assertTrue(tenEight.contains(address("10.255.3.4")));
        assertFalse(tenEight.contains(address("11.0.0.1")));

        AddressRange odd = AddressRange.parse("172.16.0.0/12");
        assertTrue(odd.contains(address("172.31.255.255")));
        assertFalse(odd.contains(address("172.32.0.0")));

        AddressRange ula = AddressRange.parse("fd00::/8");
        assertTrue(ula.contains(address("fd12:3456::1")));
        assertFalse(ula.contains(address("fe80::1")));
        assertFalse(ula.contains(address("10.0.0.1")), "an IPv4 address is never in an IPv6 range");
        assertTrue(AddressRange.parse("::1").contains(address("0:0:0:0:0:0:0:1")));
        assertTrue(AddressRange.parse("0.0.0.0/0").contains(address("203.0.113.9")));
    }

    @Test
    void onlyLiteralsAreRead() {
        for (String bad :
                List.of("localhost", "example.org", "10.0.0.0/33", "::1/129", "10.0.0", "256.1.1.1", "1.2.3.4/x", "")) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> AddressRange.parse(bad), bad);
            assertTrue(e.getMessage().contains("trust-proxy") || e.getMessage().contains("prefix"), e.getMessage());
        }
        assertEquals(Optional.empty(), AddressRange.literal("localhost"), "a name is never looked up");
        assertEquals(Optional.empty(), AddressRange.literal("fe80::zz"));
        assertEquals(Optional.empty(), AddressRange.literal("unknown"));
        assertEquals(
                address("192.0.2.1"), AddressRange.literal("::ffff:192.0.2.1").orElseThrow());
    }
}
