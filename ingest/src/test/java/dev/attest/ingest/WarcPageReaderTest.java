package dev.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.ingest.WarcPageReader.Outcome;
import dev.attest.ingest.WarcPageReader.Page;
import dev.attest.ingest.WarcPageReader.Problem;
import dev.attest.ingest.WarcPageReader.Rejected;
import dev.attest.ingest.WarcPageReader.Stage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class WarcPageReaderTest {
    @TempDir
    Path dir;

    private static List<Outcome> readAll(Path file, ArticleReader reader) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        try (WarcPageReader pages = WarcPageReader.open(WarcResync.Opener.of(file), reader)) {
            for (Optional<Outcome> next = pages.next(); next.isPresent(); next = pages.next()) {
                outcomes.add(next.get());
            }
        }
        return outcomes;
    }

    @Test
    void eachHtmlRecordBecomesAPageOrAProblemWithTheStageItFailedIn() throws IOException {
        Path file = dir.resolve("mixed.warc.gz");
        List<Long> offsets = new WarcFixture(file, WarcCompression.GZIP)
                .html("https://a.example/story", "2026-03-01T09:30:00Z", WarcFixture.articleHtml("Story", "The mayor said yes."))
                .page("https://a.example/bad-1252", "2026-03-01T00:00:00Z", 200, "text/html; charset=windows-1252",
                        new byte[] {'<', 'p', '>', (byte) 0x81, '<', '/', 'p', '>'}) // 0x81 has no windows-1252 character
                .html("https://a.example/empty", "2026-03-01T00:00:00Z", "<html><body><nav>Menu</nav></body></html>")
                .page("https://a.example/logo.png", "2026-03-01T00:00:00Z", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .html("https://a.example/long", "2026-03-01T00:00:00Z", WarcFixture.articleHtml("Long", "x".repeat(400)))
                .write();

        List<Outcome> outcomes = readAll(file, new ArticleReader(new ReaderLimits(300)));

        assertThat(outcomes).extracting(Outcome::offset)
                .containsExactly(offsets.get(0), offsets.get(1), offsets.get(2), offsets.get(4));
        Page page = (Page) outcomes.get(0);
        assertThat(page.target()).isEqualTo("https://a.example/story");
        assertThat(page.captured()).isEqualTo(Instant.parse("2026-03-01T09:30:00Z"));
        assertThat(page.article().text()).isEqualTo("Story\n\nThe mayor said yes.");
        assertThat(outcomes.get(1)).isEqualTo(new Problem(offsets.get(1), Stage.DECODE, "body is not valid windows-1252"));
        assertThat(((Rejected) outcomes.get(2)).reason().problem()).isEqualTo("no article text found in HTML");
        assertThat(outcomes.get(3)).isEqualTo(new Problem(offsets.get(4), Stage.READ, "HTML body larger than 300 bytes, skipped"));
    }

    @Test
    void aCorruptRegionIsOneWarcProblemAndReadingResumesAtTheNextRecord() throws IOException {
        Path file = dir.resolve("corrupt.warc.gz");
        WarcFixture fixture = new WarcFixture(file, WarcCompression.GZIP);
        for (String name : List.of("one", "two", "three")) {
            fixture.html("https://a.example/" + name, "2026-03-01T00:00:00Z", WarcFixture.articleHtml(name, "The " + name + " story."));
        }
        List<Long> offsets = fixture.write();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offsets.get(1) + 20); // inside the second record's deflate stream
            raf.write("garbage that no inflater accepts".getBytes(StandardCharsets.US_ASCII));
        }

        List<Outcome> outcomes = readAll(file, new ArticleReader());

        assertThat(outcomes).filteredOn(o -> o instanceof Page).extracting(o -> ((Page) o).target())
                .containsExactly("https://a.example/one", "https://a.example/three");
        assertThat(outcomes).filteredOn(o -> o instanceof Problem).singleElement()
                .satisfies(o -> assertThat(((Problem) o).stage()).isEqualTo(Stage.WARC));
    }
}
