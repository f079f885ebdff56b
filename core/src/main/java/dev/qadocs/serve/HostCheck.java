package dev.qadocs.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers only under names the author typed: {@code localhost}, the loopback literals and the configured host.
 * Without this, any web page the author visits could point its own domain at 127.0.0.1 (DNS rebinding) and read
 * the unpublished drafts through the browser. Names are compared whole: {@code 127.0.0.1.attacker.example} is
 * a domain like any other. A preview shown to the network also answers to this machine's name and to IP
 * literals, which no DNS answer can rebind.
 */
final class HostCheck extends Filter {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127(?:\\.\\d{1,3}){3}");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private final Set<String> names;
    private final boolean anyAddress;

    /**
     * @param configuredHost the host the preview was asked to bind, also a name it answers to
     * @param loopbackOnly   false when bound to a non-loopback address: then any IP literal is fine too
     */
    HostCheck(String configuredHost, boolean loopbackOnly) {
        Set<String> known = new HashSet<>(List.of("localhost", "[::1]", bracketed(configuredHost.toLowerCase(Locale.ROOT))));
        if (!loopbackOnly) {
            known.addAll(machineNames());
        }
        this.names = Set.copyOf(known);
        this.anyAddress = !loopbackOnly;
    }

    /** What others on the network call this machine, for a preview shown to them. */
    private static List<String> machineNames() {
        try {
            InetAddress self = InetAddress.getLocalHost();
            return List.of(self.getHostName().toLowerCase(Locale.ROOT),
                    self.getCanonicalHostName().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        if (accepts(exchange.getRequestHeaders().getFirst("Host"))) {
            chain.doFilter(exchange);
            return;
        }
        try (exchange) {
            byte[] body = "This preview only answers to localhost.\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(421, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** True for a Host header naming a host this preview answers to, with or without a port. */
    boolean accepts(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.toLowerCase(Locale.ROOT);
        int portStart = host.startsWith("[") ? host.indexOf("]:") + 1 : host.indexOf(':');
        if (portStart > 0) {
            if (!PORT.matcher(host.substring(portStart + 1)).matches()) {
                return false;
            }
            host = host.substring(0, portStart);
        }
        return names.contains(host) || LOOPBACK_IPV4.matcher(host).matches()
                || (anyAddress && (IPV4.matcher(host).matches() || host.startsWith("[") && host.endsWith("]")));
    }

    private static String bracketed(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    @Override
    public String description() {
        return "answers to the names of this machine's preview only";
    }
}
