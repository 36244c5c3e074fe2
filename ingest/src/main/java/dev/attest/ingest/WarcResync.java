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
 * Public for the Spark job's WARC reader, which reads the same files through Hadoop's file systems.
 */
public final class WarcResync {
    private static final byte[] GZIP_MEMBER = {(byte) 0x1f, (byte) 0x8b, 0x08};
    private static final byte[] PLAIN_RECORD = "\r\n\r\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    /** Bytes of the plain pattern that precede the record itself. */
    private static final int PLAIN_LEAD = 4;

    private WarcResync() {
    }

    /** A file that can be opened at a byte offset; the caller closes the stream. */
    @FunctionalInterface
    public interface Opener {
        InputStream openAt(long offset) throws IOException;

        /** A local file, buffered: jwarc and the resync scan both read it a few bytes at a time. */
        static Opener of(Path path) {
            return offset -> {
                FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
                try {
                    channel.position(offset);
                    return new BufferedInputStream(Channels.newInputStream(channel), 1 << 16); // closes the channel
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            };
        }
    }

    /** The offset of the first record start at or after {@code from}, or empty when there is none. */
    public static OptionalLong nextRecordStart(Opener file, long from, boolean gzip) throws IOException {
        byte[] pattern = gzip ? GZIP_MEMBER : PLAIN_RECORD;
        int lead = gzip ? 0 : PLAIN_LEAD;
        long scanStart = Math.max(0, from - lead); // lets the plain pattern's lead bytes sit before "from"
        try (InputStream in = file.openAt(scanStart)) {
            long at = indexOf(new BufferedInputStream(in, 1 << 16), pattern);
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
