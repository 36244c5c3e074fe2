package dev.attest.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Decides a source's format from its head bytes, never its name: feeds are saved as {@code .xml}, {@code .rss}
 * or nothing, and archives keep whatever name the crawler gave them.
 */
public final class SourceSniffer {
    /** Enough for an XML declaration, a comment or two and the root element of any feed seen in practice. */
    public static final int HEAD_BYTES = 4096;
    private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    // Prolog items that may precede a feed's root element: declaration, comments, processing instructions, doctype.
    private static final Pattern FEED_START = Pattern.compile(
            "^(?:\\s*(?:<\\?[^>]{0,500}\\?>|<!--.{0,2000}?-->|<!DOCTYPE[^\\[>]{0,500}(?:\\[.{0,3000}?\\])?\\s*>))*\\s*<(?:rss|feed|rdf:RDF|RDF)[\\s>]",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    public SourceFormat detect(byte[] head) {
        if (startsWith(head, WARC_MAGIC)) {
            return SourceFormat.WARC;
        }
        if (isGzip(head)) {
            return startsWith(gunzipHead(head), WARC_MAGIC) ? SourceFormat.WARC : SourceFormat.ARTICLES;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return FEED_START.matcher(text).find() ? SourceFormat.FEED : SourceFormat.ARTICLES;
    }

    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** The first bytes of the first gzip member; a head cut mid-member still yields what was decodable. */
    private static byte[] gunzipHead(byte[] head) {
        byte[] out = new byte[WARC_MAGIC.length];
        int n = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            int r;
            while (n < out.length && (r = in.read(out, n, out.length - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            // a truncated or corrupt head: whatever was decoded decides
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
