package dev.qadocs.validate.external;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Addresses a link check must not reach unless asked: loopback, private (RFC 1918, IPv6 unique-local),
 * carrier-grade NAT, link-local (cloud metadata services live there) and unspecified. A pull request could
 * otherwise make CI probe the machines beside it.
 */
final class PrivateAddresses {

    private PrivateAddresses() {
    }

    /** Why {@code host} is off limits, or empty when every address it resolves to is public. */
    static Optional<String> refusal(String host, Predicate<InetAddress> isPrivate) throws UnknownHostException {
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (isPrivate.test(address)) {
                return Optional.of("not fetched: " + host + " is a private, loopback or link-local address ("
                        + address.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        }
        return address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
    }
}
