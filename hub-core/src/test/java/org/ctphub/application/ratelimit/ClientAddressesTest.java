package org.ctphub.application.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final ClientAddresses BEHIND_PROXIES = new ClientAddresses(List.of("10.0.0.5", "::1", "10.0.0.6"));

    @Test
    void withoutTrustedProxiesTheConnectionDecidesAndTheHeaderIsIgnored() {
        ClientAddresses direct = ClientAddresses.trustingNoProxy();
        assertEquals("203.0.113.7", direct.clientOf(RequestOrigin.direct("203.0.113.7")));
        assertEquals(
                "203.0.113.7",
                direct.clientOf(new RequestOrigin("203.0.113.7", List.of("198.51.100.1"))),
                "anyone can send X-Forwarded-For");
        assertEquals(
                "10.0.0.5",
                new ClientAddresses(List.of()).clientOf(new RequestOrigin("10.0.0.5", List.of("198.51.100.1"))));
    }

    @Test
    void fromATrustedProxyTheAddressItSawCounts() {
        assertEquals("198.51.100.1", BEHIND_PROXIES.clientOf(new RequestOrigin("10.0.0.5", List.of("198.51.100.1"))));
        assertEquals(
                "198.51.100.1",
                BEHIND_PROXIES.clientOf(new RequestOrigin("0:0:0:0:0:0:0:1", List.of(" 198.51.100.1 "))),
                "the proxy named as ::1, seen in its long form");
    }

    @Test
    void whatTheClientWroteIntoTheHeaderIsNeverBelieved() {
        // The client sent "1.1.1.1, 2.2.2.2"; the proxy appended the address it saw.
        assertEquals(
                "198.51.100.1",
                BEHIND_PROXIES.clientOf(new RequestOrigin("10.0.0.5", List.of("1.1.1.1, 2.2.2.2, 198.51.100.1"))));
        assertEquals(
                "198.51.100.1",
                BEHIND_PROXIES.clientOf(new RequestOrigin("10.0.0.5", List.of("1.1.1.1", "198.51.100.1, 10.0.0.6"))),
                "trusted proxies in the chain are skipped, headers read as one list");
        assertEquals(
                "other:not-an-address",
                BEHIND_PROXIES.clientOf(new RequestOrigin("10.0.0.5", List.of("1.1.1.1, not-an-address"))),
                "text that is no address still counts as one caller, and goes no further left");
    }

    @Test
    void aTrustedProxyWithoutTheHeaderCountsAsItself() {
        assertEquals("10.0.0.5", BEHIND_PROXIES.clientOf(RequestOrigin.direct("10.0.0.5")));
        assertEquals(
                "10.0.0.6", BEHIND_PROXIES.clientOf(new RequestOrigin("10.0.0.5", List.of("10.0.0.6"))), "all trusted");
    }

    @Test
    void ipv6ClientsCountByTheirSlash64() {
        ClientAddresses direct = ClientAddresses.trustingNoProxy();
        String one = direct.clientOf(RequestOrigin.direct("2001:db8:0:1:aaaa:bbbb:cccc:dddd"));
        String other = direct.clientOf(RequestOrigin.direct("2001:db8:0:1::7"));
        assertEquals("2001:db8:0:1:0:0:0:0/64", one);
        assertEquals(one, other, "two addresses of one home");
        assertEquals("2001:db8:0:2:0:0:0:0/64", direct.clientOf(RequestOrigin.direct("[2001:db8:0:2::7]")));
        assertEquals("192.0.2.1", direct.clientOf(RequestOrigin.direct("::ffff:192.0.2.1")), "IPv4 in IPv6 clothes");
    }

    @Test
    void anUnknownAddressIsOneCallerNotAFailure() {
        ClientAddresses direct = ClientAddresses.trustingNoProxy();
        assertEquals("unknown", direct.clientOf(RequestOrigin.direct(null)));
        assertEquals("unknown", direct.clientOf(new RequestOrigin(" ", null)));
        String long_ = direct.clientOf(RequestOrigin.direct("x".repeat(500)));
        assertEquals("other:" + "x".repeat(64), long_);
    }

    @Test
    void onlyAddressLiteralsAreParsedNeverNames() {
        assertTrue(ClientAddresses.parse("example.org").isEmpty());
        assertTrue(ClientAddresses.parse("abc.def").isEmpty());
        assertTrue(ClientAddresses.parse("localhost").isEmpty());
        assertTrue(ClientAddresses.parse("256.1.1.1").isEmpty());
        assertTrue(ClientAddresses.parse("01.2.3.4").isEmpty(), "leading zeros are ambiguous");
        assertTrue(ClientAddresses.parse("1.2.3.4:8080").isEmpty());
        assertTrue(ClientAddresses.parse("dead:beef:xyz").isEmpty());
        assertTrue(ClientAddresses.parse("10.0.0.5").isPresent());
        assertTrue(ClientAddresses.parse("fd00::5").isPresent());
    }

    @Test
    void aTrustedProxyMustBeAnAddress() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of("proxy.internal")));
        assertTrue(refused.getMessage().contains("proxy.internal"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of("10.0.0.0/8")));
    }
}
