package dev.attest.ingest;

import java.util.Locale;
import java.util.Map;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Which WARC records hold a news page, and in which charset: the rules the embedded reader and the Spark job's WARC
 * source share, so both read the same records of one archive.
 */
public final class WarcPages {
    private WarcPages() {
    }

    /** A response record that carries an HTTP exchange (not a DNS answer or a bare resource). */
    public static boolean isHttp(WarcResponse response) {
        MediaType type = response.contentType();
        return (type.type() + "/" + type.subtype()).equalsIgnoreCase("application/http");
    }

    /** A successful HTML (or XHTML) response; redirects, errors, images and scripts are not pages. */
    public static boolean isPage(HttpResponse http, MediaType type) {
        String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        return http.status() >= 200 && http.status() < 300 && (base.equals("text/html") || base.equals("application/xhtml+xml"));
    }

    /** The {@code charset} parameter of a content type, any case, or {@code null}. */
    public static String charset(MediaType type) {
        for (Map.Entry<String, String> p : type.parameters().entrySet()) {
            if (p.getKey().equalsIgnoreCase("charset")) {
                return p.getValue();
            }
        }
        return null;
    }
}
