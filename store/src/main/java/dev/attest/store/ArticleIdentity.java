package dev.attest.store;

import dev.attest.core.model.Article;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two articles the same article in the store.
 *
 * <p>The {@code key} is the normalised URL when the article has one, else its text hash: a URL is the
 * identity a newsroom uses, and a file path is not (the same file ingested from another working directory
 * would get another path). The {@code ref} is a short, stable handle derived from the key that users and
 * other tables use to point at the article.
 *
 * @param key      {@code url:host/path?query} or {@code text:<sha-256>}
 * @param textHash SHA-256 (hex) of the lowercased, whitespace-collapsed text
 * @param ref      16 hex digits of the key's SHA-256
 * @param url      the normalised URL, or {@code null}
 * @param outlet   the URL's host without {@code www.}, or {@code null}
 */
public record ArticleIdentity(String key, String textHash, String ref, String url, String outlet) {
    public static ArticleIdentity of(Article article) {
        String hash = textHash(article.text());
        String url = normaliseUrl(article.url());
        String key = url != null ? "url:" + urlKey(url) : "text:" + hash;
        return new ArticleIdentity(key, hash, sha256(key).substring(0, 16), url, outlet(url));
    }

    /** Lowercased with every run of (Unicode) whitespace collapsed to one space, so re-wrapped copies match. */
    public static String textHash(String text) {
        StringBuilder flat = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = flat.length() > 0;
            } else {
                if (space) {
                    flat.append(' ');
                    space = false;
                }
                flat.append(c);
            }
        }
        return sha256(flat.toString().toLowerCase(Locale.ROOT));
    }

    /**
     * Lowercases scheme and host, drops the fragment, a default port and a trailing slash. Query strings are
     * kept: on many news sites the article id is a query parameter.
     */
    static String normaliseUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getHost() == null || uri.getScheme() == null) {
                return trimmed;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                    + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return trimmed; // still a usable identity, compared verbatim
        }
    }

    /** http and https copies of one page are the same article. */
    private static String urlKey(String normalisedUrl) {
        return normalisedUrl.replaceFirst("^https?://", "");
    }

    static String outlet(String normalisedUrl) {
        if (normalisedUrl == null) {
            return null;
        }
        try {
            String host = new URI(normalisedUrl).getHost();
            if (host == null) {
                return null;
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The outlet form of a user's {@code --outlet} value: a host or a URL, any case, with or without www. */
    public static String outletOf(String hostOrUrl) {
        String s = hostOrUrl.strip().toLowerCase(Locale.ROOT);
        String fromUrl = s.contains("://") ? outlet(normaliseUrl(s)) : null;
        String host = fromUrl != null ? fromUrl : s.replaceFirst("/.*$", "");
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
