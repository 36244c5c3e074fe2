package dev.attest.spark.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Finds where reading can resume after corrupt WARC data. In a WARC.gz every record is its own gzip member, so the
 * next gzip header is a candidate; in a plain WARC a record starts after the blank line that ends the previous one.
 * A candidate can be a false match inside compressed bytes; the caller just tries the next one.
 */
final class WarcResync {
    private static final byte[] GZIP_MEMBER = {(byte) 0x1f, (byte) 0x8b, 0x08};
    private static final byte[] PLAIN_RECORD = "\r\n\r\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    /** Bytes of the plain pattern that precede the record itself. */
    private static final int PLAIN_LEAD = 4;

    private WarcResync() {
    }

    static OptionalLong nextRecordStart(FileSystem fs, Path path, long from, boolean gzip) throws IOException {
        byte[] pattern = gzip ? GZIP_MEMBER : PLAIN_RECORD;
        int lead = gzip ? 0 : PLAIN_LEAD;
        // Searching from a little earlier lets the plain pattern's lead bytes sit before "from".
        long scanStart = Math.max(0, from - lead);
        try (FSDataInputStream raw = fs.open(path)) {
            raw.seek(scanStart);
            long at = indexOf(new BufferedInputStream(raw, 1 << 16), pattern);
            return at < 0 ? OptionalLong.empty() : OptionalLong.of(scanStart + at + lead);
        }
    }

    /** Offset of the first occurrence of {@code pattern} in the stream, or -1. Patterns here never overlap themselves. */
    static long indexOf(InputStream in, byte[] pattern) throws IOException {
        int matched = 0;
        long position = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (b == (pattern[matched] & 0xff)) {
                matched++;
                if (matched == pattern.length) {
                    return position - pattern.length + 1;
                }
            } else {
                matched = b == (pattern[0] & 0xff) ? 1 : 0;
            }
            position++;
        }
        return -1;
    }
}
