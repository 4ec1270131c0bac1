package org.ctphub.application.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which client a request that nobody signed in to came from, as the key its limits count under.
 * That is the connection's address, unless the connection comes from a proxy the operator named as
 * trusted: then it is the address that proxy saw, read from the right-hand end of
 * {@code X-Forwarded-For}, skipping other trusted proxies. Whatever else that header says was
 * written by the client, and is never believed. With no trusted proxy, the header is never read.
 *
 * <p>An IPv6 client counts by its /64 network: one home or phone is given a whole /64 and can move
 * between its addresses at will.
 */
public final class ClientAddresses {

    private static final Pattern IPV4 =
            Pattern.compile("(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    // Text that is no address still makes a key (a proxy may write anything), but a short one.
    private static final int MAX_OTHER_LENGTH = 64;

    private final Set<InetAddress> trustedProxies;

    /**
     * @param trustedProxies IP addresses (no names, no ranges) of the proxies in front of the hub
     * @throws IllegalArgumentException when one is not an IP address
     */
    public ClientAddresses(Collection<String> trustedProxies) {
        Set<InetAddress> trusted = new HashSet<>();
        for (String proxy : trustedProxies) {
            if (proxy == null || proxy.isBlank()) {
                continue;
            }
            trusted.add(parse(proxy)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "A trusted proxy must be an IP address, such as 10.0.0.5 or fd00::5, not " + proxy)));
        }
        this.trustedProxies = Set.copyOf(trusted);
    }

    public static ClientAddresses trustingNoProxy() {
        return new ClientAddresses(List.of());
    }

    /** The client's key, e.g. {@code 203.0.113.7} or {@code 2001:db8:0:1:0:0:0:0/64}. */
    public String clientOf(RequestOrigin origin) {
        if (!isTrustedProxy(origin.remoteAddress())) {
            return keyOf(origin.remoteAddress());
        }
        List<String> hops = hops(origin.forwardedFor());
        String nearest = origin.remoteAddress();
        for (int i = hops.size() - 1; i >= 0; i--) {
            nearest = hops.get(i);
            if (!isTrustedProxy(nearest)) {
                break;
            }
        }
        return keyOf(nearest);
    }

    private boolean isTrustedProxy(String address) {
        return !trustedProxies.isEmpty()
                && parse(address).filter(trustedProxies::contains).isPresent();
    }

    private static List<String> hops(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        return hops;
    }

    static String keyOf(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        Optional<InetAddress> parsed = parse(address);
        if (parsed.isEmpty()) {
            String text = address.strip();
            return "other:" + (text.length() > MAX_OTHER_LENGTH ? text.substring(0, MAX_OTHER_LENGTH) : text);
        }
        byte[] bytes = parsed.get().getAddress();
        if (bytes.length == 4) {
            return parsed.get().getHostAddress();
        }
        Arrays.fill(bytes, 8, 16, (byte) 0);
        try {
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are always an IPv6 address", e);
        }
    }

    /** An IP address written as one; never a name, which {@link InetAddress} would look up. */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.strip();
        if (address.length() > 2 && address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        Matcher ipv4 = IPV4.matcher(address);
        if (ipv4.matches()) {
            for (int group = 1; group <= 4; group++) {
                if (Integer.parseInt(ipv4.group(group)) > 255) {
                    return Optional.empty();
                }
            }
            return literal(address);
        }
        if (IPV6.matcher(address).matches()) {
            // In brackets InetAddress takes the text as an IPv6 literal or refuses it, never as a name.
            return literal("[" + address + "]");
        }
        return Optional.empty();
    }

    private static Optional<InetAddress> literal(String address) {
        try {
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
