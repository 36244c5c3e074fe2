package dev.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class WarcReadingTest {
    private final SourceReader reader = new SourceReader(new ArticleReader());

    @TempDir
    Path dir;

    private static WarcFixture threePages(Path file, WarcCompression compression) {
        return new WarcFixture(file, compression)
                .html("https://gazette.example/bridge", "2026-03-03T10:00:00Z", WarcFixture.articleHtml("Bridge reopens",
                        "\u201cWe are on schedule,\u201d Mayor Elena Vasquez said."))
                .page("https://gazette.example/logo.png", "2026-03-03T10:00:01Z", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .page("https://gazette.example/old", "2026-03-03T10:00:02Z", 301, "text/html", "<p>moved</p>".getBytes(StandardCharsets.UTF_8))
                .html("https://gazette.example/council", "2026-03-04T23:59:59Z", WarcFixture.articleHtml("Council delays vote",
                        "The council postponed its vote, a spokesman said."))
                .html("https://gazette.example/ferry", "2026-03-05T08:00:00Z", WarcFixture.articleHtml("Ferry strike ends",
                        "\u201cThe ferries run again,\u201d Tom Reyes said."));
    }

    @Test
    void readsHtmlResponsesOfAGzippedWarcWithTargetUrlAndCaptureDate() throws IOException, InputException {
        Path file = dir.resolve("crawl.warc.gz");
        threePages(file, WarcCompression.GZIP).write();
        CollectingSink sink = new CollectingSink();

        reader.read(file, sink);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).extracting(Article::url).containsExactly(
                "https://gazette.example/bridge", "https://gazette.example/council", "https://gazette.example/ferry");
        Article bridge = sink.articles.getFirst();
        assertThat(bridge.id()).isEqualTo("https://gazette.example/bridge");
        assertThat(bridge.source()).isEqualTo(file.toString());
        assertThat(bridge.published()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(bridge.text()).isEqualTo("Bridge reopens\n\n\u201cWe are on schedule,\u201d Mayor Elena Vasquez said.");
    }

    @Test
    void readsUncompressedWarcDetectedFromContent() throws IOException, InputException {
        Path file = dir.resolve("crawl-without-extension");
        threePages(file, WarcCompression.NONE).write();
        CollectingSink sink = new CollectingSink();

        reader.read(file, sink);

        assertThat(sink.articles).hasSize(3);
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void aCorruptGzipMemberIsReportedAtItsOffsetAndTheRestIsRead() throws IOException, InputException {
        Path file = dir.resolve("damaged.warc.gz");
        List<Long> offsets = threePages(file, WarcCompression.GZIP).write();
        long council = offsets.get(3);
        long ferry = offsets.get(4);
        smash(file, council + (ferry - council) / 2, 24);
        CollectingSink sink = new CollectingSink();

        reader.read(file, sink);

        assertThat(sink.articles).extracting(Article::url).containsExactly("https://gazette.example/bridge", "https://gazette.example/ferry");
        assertThat(sink.problems).hasSize(1);
        assertThat(sink.problems.getFirst()).startsWith(file + ": record at byte " + council + ": ");
    }

    @Test
    void aRecordWithoutArticleTextIsOneProblemAndTheRestGoesOn() throws IOException, InputException {
        Path file = dir.resolve("mixed.warc.gz");
        List<Long> offsets = new WarcFixture(file, WarcCompression.GZIP)
                .html("https://a.example/empty", "2026-03-01T00:00:00Z", "<html><body><nav>Menu</nav></body></html>")
                .html("https://a.example/story", "2026-03-01T00:00:00Z", WarcFixture.articleHtml("Story", "The mayor said yes."))
                .page("https://a.example/latin", "2026-03-01T00:00:00Z", 200, "text/html; charset=iso-8859-1",
                        "<p>Caf\u00e9 owners said the rent doubled.</p>".getBytes(StandardCharsets.ISO_8859_1))
                .write();
        CollectingSink sink = new CollectingSink();

        reader.read(file, sink);

        assertThat(sink.problems).containsExactly(file + ": record at byte " + offsets.getFirst() + ": no article text found in HTML");
        assertThat(sink.articles).extracting(Article::text).containsExactly("Story\n\nThe mayor said yes.", "Caf\u00e9 owners said the rent doubled.");
    }

    @Test
    void aTruncatedArchiveKeepsTheRecordsBeforeTheCut() throws IOException, InputException {
        Path file = dir.resolve("cut.warc.gz");
        List<Long> offsets = threePages(file, WarcCompression.GZIP).write();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(offsets.get(4) + 30);
        }
        CollectingSink sink = new CollectingSink();

        reader.read(file, sink);

        assertThat(sink.articles).hasSize(2);
        assertThat(sink.problems).singleElement().asString().startsWith(file + ": record at byte " + offsets.get(4));
    }

    @Test
    void detectsGzippedWarcFromTheFirstMember() throws IOException {
        Path file = dir.resolve("x.bin");
        threePages(file, WarcCompression.GZIP).write();
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(new SourceSniffer().detect(in.readNBytes(SourceSniffer.HEAD_BYTES))).isEqualTo(SourceFormat.WARC);
        }
    }

    private static void smash(Path file, long at, int length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            for (int i = 0; i < length; i++) {
                raf.write(0x55 ^ i);
            }
        }
    }
}
