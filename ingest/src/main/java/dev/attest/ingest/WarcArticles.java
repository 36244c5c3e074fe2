package dev.attest.ingest;

import dev.attest.core.model.Article;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Streams one local WARC or WARC.gz file record by record (a crawl file is about 1 GB and is never held in
 * memory) and hands each successful HTML response to the sink as an article: URL and id from the record's
 * target URI, date from its WARC-Date (the capture date: the page's own date markup is not trusted over it).
 *
 * <p>Bad data never ends the file. A record whose HTTP head or body cannot be read becomes one problem line
 * naming the file and the record's byte offset. Corrupt framing (a broken gzip member, a garbled WARC header,
 * a truncated file) becomes one problem at the offset where reading broke, and reading resumes at the next
 * record that parses. Requests, metadata, redirects and non-HTML responses are skipped silently.
 *
 * <p>One instance reads one file once, on one thread.
 */
final class WarcArticles {
    private final Path path;
    private final String inputName;
    private final ArticleReader reader;
    private final ArticleSink sink;
    private WarcReader warc;
    /** Absolute offset at which the current reader's stream starts; its positions are relative to it. */
    private long base;
    private boolean gzip;
    /** Set after a framing failure until a record parses again, so one corrupt region yields one problem. */
    private boolean resyncing;
    /** The record whose failure was already reported; its body's corruption surfaces again at the next read. */
    private long reportedRecord = -1;

    private WarcArticles(Path path, String inputName, ArticleReader reader, ArticleSink sink) {
        this.path = path;
        this.inputName = inputName;
        this.reader = reader;
        this.sink = sink;
    }

    /** Reads the whole file into the sink; fails only when the file cannot be opened or its first record read. */
    static void read(Path path, String inputName, ArticleReader reader, ArticleSink sink) throws InputException {
        WarcArticles file = new WarcArticles(path, inputName, reader, sink);
        try {
            file.openAt(0);
        } catch (IOException | RuntimeException e) {
            throw new InputException(inputName, "cannot open WARC (" + OneLine.of(String.valueOf(e)) + ")", e);
        }
        file.gzip = file.warc.compression() == WarcCompression.GZIP;
        try {
            file.readAll();
        } finally {
            file.closeQuietly();
        }
    }

    private void openAt(long offset) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            channel.position(offset);
            warc = new WarcReader(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
            warc.calculateBlockDigest(); // damage that still parses shows only as a digest mismatch
            base = offset;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private void readAll() {
        while (warc != null) {
            WarcRecord record;
            long at;
            try {
                Optional<WarcRecord> next = warc.next();
                if (next.isEmpty()) {
                    return;
                }
                record = next.get();
                at = base + warc.position();
                resyncing = false;
            } catch (IOException | RuntimeException e) {
                long failedAt = base + warc.position();
                if (!resyncing && failedAt != reportedRecord) {
                    reportedRecord = failedAt;
                    sink.problem(where(failedAt) + ": corrupt WARC data (" + message(e) + "); resumed at the next readable record");
                }
                resyncAfter(failedAt);
                continue;
            }
            if (record instanceof WarcResponse response && WarcPages.isHttp(response)) {
                response(response, at);
            } else {
                damaged(record, at); // damaged headers can make a page look like a record we skip
            }
        }
    }

    /**
     * Whether the record states a block digest that the bytes read do not match, reported as one problem. Reads the
     * rest of the block; a record without a stated digest (many crawlers write none) is taken as it is.
     */
    private boolean damaged(WarcRecord record, long at) {
        try {
            Optional<String> problem = BlockDigests.mismatch(record);
            problem.ifPresent(p -> {
                reportedRecord = at;
                sink.problem(where(at) + ": " + p);
            });
            return problem.isPresent();
        } catch (IOException | RuntimeException e) {
            reportedRecord = at;
            sink.problem(where(at) + ": cannot read record block (" + message(e) + ")");
            return true;
        }
    }

    private void response(WarcResponse response, long at) {
        HttpResponse http;
        MediaType type;
        try {
            http = response.http();
            type = http.contentType();
        } catch (IOException | RuntimeException e) {
            reportedRecord = at;
            sink.problem(where(at) + ": unreadable HTTP response (" + message(e) + ")");
            return;
        }
        if (!WarcPages.isPage(http, type)) {
            damaged(response, at);
            return;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            long limit = reader.limits().maxBytes();
            body = in.readNBytes(Math.toIntExact(limit + 1));
            if (body.length > limit) {
                sink.problem(where(at) + ": HTML body larger than " + limit + " bytes, skipped");
                return;
            }
        } catch (IOException | RuntimeException e) {
            reportedRecord = at;
            sink.problem(where(at) + ": cannot read HTTP body (" + message(e) + ")");
            return;
        }
        if (damaged(response, at)) {
            return;
        }
        String target = response.target();
        String charset = WarcPages.charset(type);
        try {
            Article page = reader.read(target, BodyCharset.toUtf8(body, charset), InputKind.HTML).articles().getFirst();
            LocalDate captured = response.date().atZone(ZoneOffset.UTC).toLocalDate();
            sink.article(new Article(target, page.title(), page.text(), inputName, target, captured));
        } catch (CharacterCodingException e) {
            sink.problem(where(at) + ": body is not valid " + charset);
        } catch (InputException e) {
            sink.problem(where(at) + ": " + OneLine.of(e.problem()));
        } catch (RuntimeException e) {
            sink.problem(where(at) + ": unreadable record (" + message(e) + ")");
        }
    }

    private void resyncAfter(long failedAt) {
        resyncing = true;
        closeQuietly();
        long from = failedAt + 1;
        while (true) {
            OptionalLong candidate;
            try {
                candidate = WarcResync.nextRecordStart(path, from, gzip);
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

    private String where(long offset) {
        return inputName + ": record at byte " + offset;
    }

    private static String message(Throwable e) {
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
}
