package dev.attest.ingest;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Checks a WARC record against the block digest it states. Damaged data can still parse (a changed byte in an
 * uncompressed record, a gzip member that still inflates), and then only the digest tells. The record must come from
 * a {@link org.netpreserve.jwarc.WarcReader} with {@code calculateBlockDigest()} switched on. Shared by the embedded
 * reader and the Spark job's WARC source.
 */
public final class BlockDigests {
    private BlockDigests() {
    }

    /**
     * Reads the rest of the record's block and returns a one-line problem when the digest it states does not match
     * what was read; empty when it matches or the record states none (many crawlers write none).
     */
    public static Optional<String> mismatch(WarcRecord record) throws IOException {
        Optional<WarcDigest> stated = record.blockDigest();
        if (stated.isEmpty()) {
            return Optional.empty();
        }
        record.body().consume();
        Optional<WarcDigest> computed = record.calculatedBlockDigest();
        if (computed.isEmpty() || (computed.get().algorithm().equalsIgnoreCase(stated.get().algorithm())
                && Arrays.equals(computed.get().bytes(), stated.get().bytes()))) {
            return Optional.empty();
        }
        return Optional.of("damaged record (its " + stated.get().algorithm() + " block digest does not match), skipped");
    }
}
