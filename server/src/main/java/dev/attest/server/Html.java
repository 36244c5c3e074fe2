package dev.attest.server;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one escaping helper of the UI. Every piece of article text, title, name or user input goes through
 * {@link #escape} before it reaches a page, and every link target through {@link #safeUrl}.
 */
public final class Html {
    private Html() {
    }

    /** Escapes for element content and for double- or single-quoted attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '`' -> sb.append("&#96;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * An absolute http(s) URL, escaped for an attribute; anything else ({@code javascript:}, {@code data:}, relative
     * or malformed) becomes {@code null} so the caller shows text instead of a link.
     */
    public static String safeUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            return escape(uri.toASCIIString());
        } catch (Exception e) {
            return null;
        }
    }

    /** A link to an external URL when it is safe, else the escaped text of the URL. */
    public static String externalLink(String url, String label) {
        String safe = safeUrl(url);
        String text = escape(label == null ? url : label);
        return safe == null ? text : "<a href=\"" + safe + "\" rel=\"noopener noreferrer nofollow\">" + text + "</a>";
    }

    /** A value for one path segment or query parameter of our own links. */
    public static String urlPart(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
