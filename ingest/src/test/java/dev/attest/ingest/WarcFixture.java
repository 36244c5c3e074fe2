package dev.attest.ingest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes small WARC files for tests with jwarc's own writer, and remembers where each record starts. */
public final class WarcFixture {
    private final List<Long> offsets = new ArrayList<>();
    private final Path file;
    private final WarcCompression compression;
    private final List<Page> pages = new ArrayList<>();

    public record Page(String url, Instant date, int status, String contentType, byte[] body) {
    }

    public WarcFixture(Path file, WarcCompression compression) {
        this.file = file;
        this.compression = compression;
    }

    public static String articleHtml(String title, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>").append(title).append("</title></head><body><article><h1>")
                .append(title).append("</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</article></body></html>").toString();
    }

    public WarcFixture html(String url, String date, String html) {
        return page(url, date, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public WarcFixture page(String url, String date, int status, String contentType, byte[] body) {
        pages.add(new Page(url, Instant.parse(date), status, contentType, body));
        return this;
    }

    /** Writes every page as a response record; returns the byte offset of each record. */
    public List<Long> write() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            for (Page page : pages) {
                offsets.add(writer.position());
                HttpResponse http = new HttpResponse.Builder(page.status(), page.status() == 200 ? "OK" : "Other")
                        .body(MediaType.parse(page.contentType()), page.body())
                        .build();
                // a record id derived from the page, not jwarc's random one: the same fixture compresses to the same bytes,
                // so a test that damages bytes at an offset damages the same data every run
                writer.write(new WarcResponse.Builder(page.url()).date(page.date())
                        .recordId(UUID.nameUUIDFromBytes((offsets.size() + " " + page.url()).getBytes(StandardCharsets.UTF_8)))
                        .body(http).build());
            }
        }
        return List.copyOf(offsets);
    }
}
