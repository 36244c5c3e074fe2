package dev.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcDigest;

/**
 * Damage that still parses: a changed byte in an uncompressed record (or a gzip member that still inflates) leaves
 * valid headers, so only the record's stated block digest can tell. Records are written by hand so the digest is
 * known to be right before the damage.
 */
class WarcBlockDigestTest {
    private final SourceReader reader = new SourceReader(new ArticleReader());

    @TempDir
    Path dir;

    private static final String PAGE = "<html><head><title>Ferry fares rise</title></head><body><article>"
            + "<p>The ferry authority said on Monday that fares would rise by six percent in April.</p>"
            + "<p>\"We held prices for three years,\" director Maria Lund told reporters.</p></article></body></html>";

    private static byte[] record(String url, String html, boolean withDigest) throws NoSuchAlgorithmException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] block = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8), body);
        String digest = new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(block)).prefixedBase32();
        String head = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: 2026-03-01T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "Content-Type: application/http;msgtype=response\r\n"
                + (withDigest ? "WARC-Block-Digest: " + digest + "\r\n" : "")
                + "Content-Length: " + block.length + "\r\n\r\n";
        return concat(concat(head.getBytes(StandardCharsets.UTF_8), block), "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private Path warc(String name, boolean damage, boolean withDigest) throws Exception {
        byte[] first = record("https://port.example/ferry", PAGE, withDigest);
        byte[] second = record("https://port.example/ferry-2", PAGE.replace("six", "seven"), withDigest);
        if (damage) {
            int at = new String(first, StandardCharsets.ISO_8859_1).indexOf("six percent");
            first[at] = 't'; // "tix percent": still valid UTF-8 and HTML, no longer what was archived
        }
        Path file = dir.resolve(name);
        Files.write(file, concat(first, second));
        return file;
    }

    @Test
    void anIntactRecordWithADigestIsRead() throws Exception {
        CollectingSink sink = new CollectingSink();
        reader.read(warc("intact.warc", false, true), sink);
        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).hasSize(2);
    }

    @Test
    void aChangedByteThatStillParsesIsReportedByItsDigestAndTheRestIsRead() throws Exception {
        Path file = warc("damaged.warc", true, true);
        CollectingSink sink = new CollectingSink();
        reader.read(file, sink);
        assertThat(sink.articles).extracting(a -> a.url()).containsExactly("https://port.example/ferry-2");
        assertThat(sink.problems).singleElement().asString()
                .startsWith(file + ": record at byte 0: damaged record")
                .contains("digest does not match");
    }

    @Test
    void withoutAStatedDigestTheRecordIsTakenAsItIs() throws Exception {
        CollectingSink sink = new CollectingSink();
        reader.read(warc("nodigest.warc", true, false), sink);
        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).hasSize(2);
    }

    @Test
    void aGzipMemberWhoseDamageStillInflatesIsReportedToo() throws Exception {
        // what a damaged member that happens to inflate looks like: valid gzip around bytes the digest does not match
        byte[] first = record("https://port.example/ferry", PAGE, true);
        int at = new String(first, StandardCharsets.ISO_8859_1).indexOf("six percent");
        first[at] = 't';
        byte[] second = record("https://port.example/ferry-2", PAGE.replace("six", "seven"), true);
        Path file = dir.resolve("damaged.warc.gz");
        Files.write(file, concat(gzip(first), gzip(second)));
        CollectingSink sink = new CollectingSink();
        reader.read(file, sink);
        assertThat(sink.articles).extracting(a -> a.url()).containsExactly("https://port.example/ferry-2");
        assertThat(sink.problems).singleElement().asString().contains("block digest does not match");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
