package dev.attest.spark.input;

import dev.attest.core.model.Article;
import dev.attest.bench.ArticleHtml;
import dev.attest.bench.CorpusFiles;
import dev.attest.bench.CorpusGenerator;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A small crawl written with jwarc, with the byte offsets of its records, and damaged the ways real crawls are:
 * a page whose body is not the UTF-8 it declares, a gzip member whose deflate data is broken, a truncated tail.
 * Also an image, a 404 and a windows-1252 page, which must not produce articles or failures of their own.
 */
public record TestCrawl(List<Page> readablePages, List<Long> readableOffsets, long badUtf8Offset, long corruptOffset,
        long truncatedOffset) {
    /** Index in {@link #readablePages} of the page declared as windows-1252. */
    public static final int WINDOWS_1252_PAGE = 3;

    public record Page(String uri, byte[] body) {
    }

    public static TestCrawl write(Path file) throws IOException {
        List<Article> generated = new CorpusGenerator(11).articles(100, 5);
        List<Page> readable = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        long badUtf8;
        long corrupt;
        try (WarcWriter warc = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (Article a : generated.subList(0, 3)) {
                offsets.add(page(warc, readable, a.url(), html(a), MediaType.HTML_UTF8));
            }
            byte[] notUtf8 = "<html><body><article><p>Caf\u00c3( Aurora reopened, the owner said.</p></article></body></html>"
                    .getBytes(StandardCharsets.ISO_8859_1);
            badUtf8 = page(warc, null, "https://news.example/bad-bytes", notUtf8, MediaType.HTML_UTF8);
            page(warc, null, "https://news.example/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, MediaType.parse("image/png"));
            notFound(warc);
            byte[] latin = ("<html><head><title>Caf\u00e9 Aurora reopens</title></head><body><article><p>\u201cWe are back "
                    + "and better than ever,\u201d said Nadia Laurent, who owns Caf\u00e9 Aurora.</p></article></body></html>")
                    .getBytes(java.nio.charset.Charset.forName("windows-1252"));
            offsets.add(page(warc, readable, "https://news.example/cafe", latin, MediaType.parse("text/html; charset=ISO-8859-1")));
            corrupt = page(warc, null, generated.get(3).url(), html(generated.get(3)), MediaType.HTML_UTF8);
            offsets.add(page(warc, readable, generated.get(4).url(), html(generated.get(4)), MediaType.HTML_UTF8));
        }
        byte[] bytes = Files.readAllBytes(file);
        bytes[deflateStart(bytes, (int) corrupt)] = (byte) 0xFF; // BFINAL=1, BTYPE=11: an invalid deflate block
        long truncated = bytes.length;
        byte[] damaged = Arrays.copyOf(bytes, bytes.length + 40);
        System.arraycopy(bytes, offsets.getFirst().intValue(), damaged, bytes.length, 40); // half a member
        Files.write(file, damaged);
        return new TestCrawl(readable, offsets, badUtf8, corrupt, truncated);
    }

    /** Three pages uncompressed; the second response's "WARC/1.x" version line is garbled. */
    public static TestCrawl writePlainWithGarbledHeader(Path file) throws IOException {
        List<Article> generated = new CorpusGenerator(12).articles(0, 3);
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter warc = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.NONE)) {
            for (Article a : generated) {
                offsets.add(page(warc, null, a.url(), html(a), MediaType.HTML_UTF8));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        int at = offsets.get(1).intValue();
        bytes[at] = 'X';
        bytes[at + 1] = 'X';
        Files.write(file, bytes);
        return new TestCrawl(List.of(), List.of(), -1, at, -1);
    }

    /** Writes a request and a response; returns the response's offset. */
    private static long page(WarcWriter warc, List<Page> readable, String uri, byte[] body, MediaType type) throws IOException {
        long offset = CorpusFiles.writePage(warc, URI.create(uri), body, type);
        if (readable != null) {
            readable.add(new Page(uri, body));
        }
        return offset;
    }

    private static void notFound(WarcWriter warc) throws IOException {
        HttpResponse response = new HttpResponse.Builder(404, "Not Found")
                .body(MediaType.HTML_UTF8, "<html><body><p>Page not found, the site said.</p></body></html>".getBytes(StandardCharsets.UTF_8))
                .build();
        warc.write(new WarcResponse.Builder(URI.create("https://news.example/gone")).body(response).build());
    }

    private static byte[] html(Article a) {
        return ArticleHtml.render(a).getBytes(StandardCharsets.UTF_8);
    }

    /** The first byte of deflate data in the gzip member starting at {@code member} (RFC 1952 header fields). */
    private static int deflateStart(byte[] bytes, int member) {
        int flags = bytes[member + 3];
        int at = member + 10;
        if ((flags & 0x04) != 0) {
            at += 2 + ((bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8);
        }
        if ((flags & 0x08) != 0) {
            while (bytes[at++] != 0) {
                // file name
            }
        }
        if ((flags & 0x10) != 0) {
            while (bytes[at++] != 0) {
                // comment
            }
        }
        if ((flags & 0x02) != 0) {
            at += 2;
        }
        return at;
    }
}
