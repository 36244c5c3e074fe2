package dev.attest.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Which URLs the server may fetch for a reviewer. By default only http(s) URLs whose host resolves to public
 * addresses: a reviewer's ingest form must not become a way to read the server's own loopback or private network.
 * Tests that serve pages on 127.0.0.1 name that one {@code host:port} as an exception.
 *
 * @param exemptAuthorities {@code host:port} pairs that may be fetched although they are local or private
 */
public record UrlPolicy(Set<String> exemptAuthorities) {
    public UrlPolicy {
        exemptAuthorities = Set.copyOf(exemptAuthorities);
    }

    public static UrlPolicy publicHostsOnly() {
        return new UrlPolicy(Set.of());
    }

    /** Public hosts and the given local ones, each as {@code host:port} (e.g. a test's server on 127.0.0.1). */
    public static UrlPolicy publicHostsAnd(String... hostPorts) {
        return new UrlPolicy(Set.of(hostPorts));
    }

    /** The URL when it may be fetched; otherwise a 400 naming the URL and the reason. */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            throw new HttpError(400, "not a valid URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new HttpError(400, "only absolute http(s) URLs can be ingested: " + url);
        }
        if (exemptAuthorities.contains(uri.getHost() + ":" + uri.getPort())) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new HttpError(400, "unknown host in " + url);
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                throw new HttpError(400, "refusing to fetch " + url + ": " + uri.getHost() + " is a local or private address");
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // fc00::/7, unique local addresses
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        // 100.64.0.0/10 carrier-grade NAT and 0.0.0.0/8 are not on the public internet either
        return first != 0 && !(first == 100 && second >= 64 && second <= 127);
    }
}
