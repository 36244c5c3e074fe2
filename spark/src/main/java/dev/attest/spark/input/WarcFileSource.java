package dev.attest.spark.input;

import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.BlockDigests;
import dev.attest.ingest.BodyCharset;
import dev.attest.ingest.InputException;
import dev.attest.ingest.InputKind;
import dev.attest.ingest.ReadResult;
import dev.attest.ingest.WarcPages;
import dev.attest.ingest.WarcResync;
import dev.attest.spark.input.SourceRecord.ReadArticle;
import dev.attest.spark.input.SourceRecord.ReadFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams one WARC or WARC.gz file (a Common Crawl file is about 1 GB: it is never held in memory) and turns each
 * successful HTML response into an article read by the ingest reader as HTML, named by its target URI.
 *
 * <p>Bad data never ends the job. A record whose body cannot be decoded becomes one failure. Corrupt framing
 * (a broken gzip member, a garbled WARC header, a truncated file) becomes one failure at the offset where reading
 * broke, and reading resumes at the next record that parses; false restarts while searching are not reported.
 */
public final class WarcFileSource extends LookaheadSource {
    private final FileSystem fs;
    private final Path path;
    private final String file;
    private final ArticleReader reader;
    private WarcReader warc;
    /** Absolute offset at which the current {@link WarcReader}'s stream starts; its positions are relative to it. */
    private long base;
    private boolean gzip;
    /** Set after a framing failure until a record parses again, so one corrupt region yields one failure. */
    private boolean resyncing;
    /** The record whose failure was already reported; its body's corruption surfaces again in the next read. */
    private long reportedRecord = -1;

    private WarcFileSource(FileSystem fs, Path path, ArticleReader reader) {
        this.fs = fs;
        this.path = path;
        this.file = DisplayNames.of(path);
        this.reader = reader;
    }

    public static RecordSource open(FileSystem fs, WorkUnit unit, ArticleReader reader) throws IOException {
        WarcFileSource source = new WarcFileSource(fs, new Path(unit.path()), reader);
        source.openAt(0);
        source.gzip = source.warc.compression() == WarcCompression.GZIP;
        return source;
    }

    private void openAt(long offset) throws IOException {
        FSDataInputStream in = fs.open(path);
        try {
            in.seek(offset);
            warc = new WarcReader(in);
            warc.calculateBlockDigest(); // damage that still parses shows only as a digest mismatch
            base = offset;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    protected SourceRecord computeNext() {
        while (warc != null) {
            WarcRecord record;
            long at;
            try {
                Optional<WarcRecord> next = warc.next();
                if (next.isEmpty()) {
                    closeQuietly();
                    return null;
                }
                record = next.get();
                at = base + warc.position();
                resyncing = false;
            } catch (IOException | RuntimeException e) {
                long failedAt = base + warc.position();
                SourceRecord failure = framingFailure(failedAt, e);
                resyncAfter(failedAt);
                if (failure != null) {
                    return failure;
                }
                continue;
            }
            SourceRecord article = articleOf(record, at);
            if (article != null) {
                return article;
            }
        }
        return null;
    }

    private SourceRecord framingFailure(long at, Exception e) {
        if (resyncing || at == reportedRecord) {
            return null;
        }
        reportedRecord = at;
        return new ReadFailure(SourceLocation.ofOffset(file, at), FailureStage.WARC,
                "corrupt WARC data (" + Messages.of(e) + "); resumed at the next readable record");
    }

    private void resyncAfter(long failedAt) {
        resyncing = true;
        closeQuietly();
        long from = failedAt + 1;
        while (true) {
            OptionalLong candidate;
            try {
                candidate = WarcResync.nextRecordStart(this::seekTo, from, gzip);
            } catch (IOException e) {
                return; // the file itself is unreadable from here: the failure already reported covers it
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

    /** The file opened at {@code offset}: how ingest's resync scan reads a Hadoop path. */
    private InputStream seekTo(long offset) throws IOException {
        FSDataInputStream in = fs.open(path);
        try {
            in.seek(offset);
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** An article, a failure, or {@code null} for records that are not HTML pages (requests, images, redirects). */
    private SourceRecord articleOf(WarcRecord record, long at) {
        SourceLocation location = SourceLocation.ofOffset(file, at);
        if (!(record instanceof WarcResponse response) || !WarcPages.isHttp(response)) {
            return damaged(record, location, at); // damaged headers can make a page look like a record we skip
        }
        HttpResponse http;
        MediaType type;
        try {
            http = response.http();
            type = http.contentType();
        } catch (IOException | RuntimeException e) {
            reportedRecord = at;
            return new ReadFailure(location, FailureStage.WARC, "unreadable HTTP response: " + Messages.of(e));
        }
        if (!WarcPages.isPage(http, type)) {
            return damaged(response, location, at);
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            long limit = reader.limits().maxBytes();
            body = in.readNBytes(Math.toIntExact(limit + 1));
            if (body.length > limit) {
                return new ReadFailure(location, FailureStage.READ, "HTML body larger than " + limit + " bytes, skipped");
            }
        } catch (IOException | RuntimeException e) {
            reportedRecord = at;
            return new ReadFailure(location, FailureStage.DECODE, "cannot read HTTP body: " + Messages.of(e));
        }
        SourceRecord damaged = damaged(response, location, at);
        if (damaged != null) {
            return damaged;
        }
        String charset = WarcPages.charset(type);
        try {
            byte[] utf8 = BodyCharset.toUtf8(body, charset);
            ReadResult result = reader.read(response.target(), utf8, InputKind.HTML);
            return new ReadArticle(result.articles().getFirst(), location, location.toString());
        } catch (CharacterCodingException e) {
            return new ReadFailure(location, FailureStage.DECODE, "body is not valid " + charset);
        } catch (InputException e) {
            return new ReadFailure(location, DecodeProblems.stageOf(e), Messages.oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            return new ReadFailure(location, FailureStage.READ, "reader failed: " + Messages.of(e));
        }
    }

    /** A failure when the record's stated block digest does not match its bytes ({@link BlockDigests}), else null. */
    private SourceRecord damaged(WarcRecord record, SourceLocation location, long at) {
        try {
            Optional<String> problem = BlockDigests.mismatch(record);
            if (problem.isEmpty()) {
                return null;
            }
            reportedRecord = at;
            return new ReadFailure(location, FailureStage.WARC, problem.get());
        } catch (IOException | RuntimeException e) {
            reportedRecord = at;
            return new ReadFailure(location, FailureStage.WARC, "cannot read record block: " + Messages.of(e));
        }
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
