package dev.attest.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;

/**
 * Finds where reading can resume after corrupt WARC data. In a WARC.gz every record is its own gzip member, so
 * the next gzip header is a candidate; in a plain WARC a record starts after the blank line that ends the
 * previous one. A candidate can be a false match inside compressed bytes; the caller then tries the next one.
 */
final class WarcResync {
    private static final byte[] GZIP_MEMBER = {(byte) 0x1f, (byte) 0x8b, 0x08};
    private static final byte[] PLAIN_RECORD = "\r\n\r\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    /** Bytes of the plain pattern that precede the record itself. */
    private static final int PLAIN_LEAD = 4;

    private WarcResync() {
    }

    static OptionalLong nextRecordStart(Path path, long from, boolean gzip) throws IOException {
        byte[] pattern = gzip ? GZIP_MEMBER : PLAIN_RECORD;
        int lead = gzip ? 0 : PLAIN_LEAD;
        long scanStart = Math.max(0, from - lead); // lets the plain pattern's lead bytes sit before "from"
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.position(scanStart);
            long at = indexOf(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16), pattern);
            return at < 0 ? OptionalLong.empty() : OptionalLong.of(scanStart + at + lead);
        }
    }

    /** Offset of the first occurrence of {@code pattern}, or -1. Neither pattern can overlap itself. */
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
