package dev.attest.ingest;

import dev.attest.core.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Walks one WARC or WARC.gz file record by record (a crawl file is about 1 GB and is never held in memory) and
 * yields what each HTML response became: a page read by the {@link ArticleReader} as HTML, or one problem at the
 * record's byte offset. This is the single flow behind {@code attest ingest} and the Spark job's WARC source; each
 * of them only turns outcomes into its own articles and error rows.
 *
 * <p>Bad data never ends the file. Corrupt framing (a broken gzip member, a garbled WARC header, a truncated file)
 * becomes one problem at the offset where reading broke, and reading resumes at the next record that parses;
 * false restarts while searching are not reported. Damage that still parses shows as a block digest mismatch
 * ({@link BlockDigests}). Requests, metadata, redirects and non-HTML responses yield nothing.
 *
 * <p>Public for the Spark job, which opens the same files through Hadoop's file systems. One instance reads one
 * file once, on one thread.
 */
public final class WarcPageReader implements AutoCloseable {
    /** What one record became. */
    public sealed interface Outcome {
        /** Byte offset of the record (or of the corrupt region) in the file. */
        long offset();
    }

    /**
     * An HTML response read as an article.
     *
     * @param article  the reader's article, named by the target URI
     * @param captured the record's WARC-Date: when the page was fetched
     */
    public record Page(long offset, String target, Instant captured, Article article) implements Outcome {
    }

    /** A record, or a corrupt region, that gave no article; the message is one line without the file name. */
    public record Problem(long offset, Stage stage, String message) implements Outcome {
    }

    /** A page the reader refused (no article text, undecodable, too large); the exception says why. */
    public record Rejected(long offset, InputException reason) implements Outcome {
    }

    /** Where a problem arose, so callers can tell broken archives from bodies that are not readable text. */
    public enum Stage {
        /** WARC framing, the record block or the HTTP head is unreadable or does not match its digest. */
        WARC,
        /** The HTTP body cannot be read, uncompressed or decoded in its declared charset. */
        DECODE,
        /** The body is too large or the reader failed on it. */
        READ
    }

    private final WarcResync.Opener file;
    private final ArticleReader reader;
    private WarcReader warc;
    /** Absolute offset at which the current reader's stream starts; its positions are relative to it. */
    private long base;
    private final boolean gzip;
    /** Set after a framing failure until a record parses again, so one corrupt region yields one problem. */
    private boolean resyncing;
    /** The record whose failure was already reported; its body's corruption surfaces again at the next read. */
    private long reportedRecord = -1;

    private WarcPageReader(WarcResync.Opener file, ArticleReader reader) throws IOException {
        this.file = file;
        this.reader = reader;
        openAt(0);
        this.gzip = warc.compression() == WarcCompression.GZIP;
    }

    /**
     * Opens the file at its start; fails only when it cannot be opened or its first bytes cannot be read as WARC.
     *
     * @param file opens the file at a byte offset, both at the start and where reading resumes after corruption
     */
    public static WarcPageReader open(WarcResync.Opener file, ArticleReader reader) throws IOException {
        return new WarcPageReader(file, reader);
    }

    /** The next page or problem, or empty at the end of the file. Never throws for bad content. */
    public Optional<Outcome> next() {
        while (warc != null) {
            WarcRecord record;
            long at;
            try {
                Optional<WarcRecord> next = warc.next();
                if (next.isEmpty()) {
                    closeQuietly();
                    return Optional.empty();
                }
                record = next.get();
                at = base + warc.position();
                resyncing = false;
            } catch (IOException | RuntimeException e) {
                long failedAt = base + warc.position();
                Optional<Outcome> problem = framingProblem(failedAt, e);
                resyncAfter(failedAt);
                if (problem.isPresent()) {
                    return problem;
                }
                continue;
            }
            Optional<Outcome> outcome = record instanceof WarcResponse response && WarcPages.isHttp(response)
                    ? response(response, at)
                    : damaged(record, at); // damaged headers can make a page look like a record we skip
            if (outcome.isPresent()) {
                return outcome;
            }
        }
        return Optional.empty();
    }

    private Optional<Outcome> framingProblem(long at, Exception e) {
        if (resyncing || at == reportedRecord) {
            return Optional.empty();
        }
        return reported(at, Stage.WARC, "corrupt WARC data (" + detail(e) + "); resumed at the next readable record");
    }

    /**
     * A problem when the record states a block digest that its bytes do not match. Reads the rest of the block; a
     * record without a stated digest (many crawlers write none) is taken as it is.
     */
    private Optional<Outcome> damaged(WarcRecord record, long at) {
        try {
            Optional<String> mismatch = BlockDigests.mismatch(record);
            return mismatch.isEmpty() ? Optional.empty() : reported(at, Stage.WARC, mismatch.get());
        } catch (IOException | RuntimeException e) {
            return reported(at, Stage.WARC, "cannot read record block (" + detail(e) + ")");
        }
    }

    private Optional<Outcome> response(WarcResponse response, long at) {
        HttpResponse http;
        MediaType type;
        try {
            http = response.http();
            type = http.contentType();
        } catch (IOException | RuntimeException e) {
            return reported(at, Stage.WARC, "unreadable HTTP response (" + detail(e) + ")");
        }
        if (!WarcPages.isPage(http, type)) {
            return damaged(response, at);
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            long limit = reader.limits().maxBytes();
            body = in.readNBytes(Math.toIntExact(limit + 1));
            if (body.length > limit) {
                return problem(at, Stage.READ, "HTML body larger than " + limit + " bytes, skipped");
            }
        } catch (IOException | RuntimeException e) {
            return reported(at, Stage.DECODE, "cannot read HTTP body (" + detail(e) + ")");
        }
        Optional<Outcome> damaged = damaged(response, at);
        if (damaged.isPresent()) {
            return damaged;
        }
        String target = response.target();
        String charset = WarcPages.charset(type);
        try {
            Article page = reader.read(target, BodyCharset.toUtf8(body, charset), InputKind.HTML).articles().getFirst();
            return Optional.of(new Page(at, target, response.date(), page));
        } catch (CharacterCodingException e) {
            return problem(at, Stage.DECODE, "body is not valid " + charset);
        } catch (InputException e) {
            return Optional.of(new Rejected(at, e));
        } catch (RuntimeException e) {
            return problem(at, Stage.READ, "unreadable record (" + detail(e) + ")");
        }
    }

    /** A problem whose record may fail again on the next read (its unread rest), which must not be reported twice. */
    private Optional<Outcome> reported(long at, Stage stage, String message) {
        reportedRecord = at;
        return problem(at, stage, message);
    }

    private static Optional<Outcome> problem(long at, Stage stage, String message) {
        return Optional.of(new Problem(at, stage, message));
    }

    private void resyncAfter(long failedAt) {
        resyncing = true;
        closeQuietly();
        long from = failedAt + 1;
        while (true) {
            OptionalLong candidate;
            try {
                candidate = WarcResync.nextRecordStart(file, from, gzip);
            } catch (IOException e) {
                return; // unreadable from here on: the problem already reported covers it
            }
            if (candidate.isEmpty()) {
                return;
            }
            try {
                openAt(candidate.getAsLong());
                return;
            } catch (IOException | RuntimeException e) {
                from = candidate.getAsLong() + 1;
            }
        }
    }

    private void openAt(long offset) throws IOException {
        InputStream in = file.openAt(offset);
        try {
            warc = new WarcReader(in);
            warc.calculateBlockDigest(); // damage that still parses shows only as a digest mismatch
            base = offset;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static String detail(Throwable e) {
        return OneLine.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private void closeQuietly() {
        if (warc != null) {
            try {
                warc.close();
            } catch (IOException ignored) {
                // closing a read stream: nothing to recover
            }
            warc = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
