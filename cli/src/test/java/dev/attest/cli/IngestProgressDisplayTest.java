package dev.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.store.IngestProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal progress line of `attest ingest`: its text, the up-front estimate of the work, and the redrawing. */
class IngestProgressDisplayTest {
    private static IngestProgress progress(long read, long added, long skipped, long failed, double seconds) {
        return new IngestProgress(3, skipped, read, added, read - added, 0, 0, failed, Duration.ofMillis((long) (seconds * 1000)));
    }

    @Test
    void aKnownTotalShowsPercentageRateAndTimeLeft() {
        String line = ProgressLine.of(progress(1400, 1380, 0, 0, 14.0), OptionalLong.of(5000));
        // 1,400 in 14 s is 100/s; 3,600 left take 36 s
        assertThat(line).isEqualTo("ingest: 1,400/5,000 (28%) read, 1,380 added, 100/s, ETA 0:36");
    }

    @Test
    void anUnknownTotalShowsElapsedTimeInstead() {
        String line = ProgressLine.of(progress(250, 250, 0, 2, 3725.0), OptionalLong.empty());
        assertThat(line).isEqualTo("ingest: 250 read, 250 added, 2 failed, 0/s, 1:02:05 elapsed");
    }

    @Test
    void skippedFilesCountTowardsTheTotalAndPercentNeverPassesAHundred() {
        assertThat(ProgressLine.of(progress(50, 50, 50, 0, 10.0), OptionalLong.of(100))).contains("50/100 (100%)", "ETA 0:00");
        assertThat(ProgressLine.of(progress(120, 120, 0, 0, 10.0), OptionalLong.of(100))).contains("120/120 (100%)");
    }

    @Test
    void theEstimateCountsOneUnitPerFileAndOnePerJsonLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "One article.");
        Files.writeString(dir.resolve("a.ann"), "T1 annotation, skipped by the ingest");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.jsonl"), "{\"text\":\"x\"}\n\n{\"text\":\"y\"}\n{\"text\":\"z\"}\n");
        Files.writeString(dir.resolve(".hidden.txt"), "not read");
        assertThat(IngestEstimate.of(List.of(dir.toString()))).hasValue(5);
        assertThat(IngestEstimate.of(List.of(dir.resolve("a.txt").toString(), dir.resolve("sub").toString()))).hasValue(4);
    }

    @Test
    void feedsArchivesAndUrlsMakeTheTotalUnknown(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "One article.");
        assertThat(IngestEstimate.of(List.of(dir.toString(), "https://news.example/feed"))).isEmpty();
        Files.write(dir.resolve("crawl.warc.gz"), new byte[] {31, -117});
        assertThat(IngestEstimate.of(List.of(dir.toString()))).isEmpty();
        Path feed = Files.writeString(dir.resolve("../feed.xml"), "<rss/>");
        assertThat(IngestEstimate.of(List.of(feed.toString()))).isEmpty();
    }

    @Test
    void theLineIsRewrittenInPlaceAndProblemsGetTheirOwnLine() {
        StringWriter text = new StringWriter();
        TerminalProgress terminal = new TerminalProgress(new PrintWriter(text), OptionalLong.empty());
        terminal.committed(progress(12340, 12340, 0, 0, 10.0));
        terminal.committed(progress(9000, 9000, 0, 0, 20.0));
        terminal.problem("bad.html: binary content");
        terminal.finish();
        String first = "ingest: 12,340 read, 12,340 added, 1234/s, 0:10 elapsed";
        String second = "ingest: 9,000 read, 9,000 added, 450/s, 0:20 elapsed";
        // the shorter second line is padded with spaces over the end of the first
        assertThat(text.toString()).isEqualTo("\r" + first + "\r" + second + " ".repeat(first.length() - second.length())
                + "\r" + " ".repeat(second.length()) + "\r" + "attest: bad.html: binary content" + System.lineSeparator()
                + second + System.lineSeparator());
    }
}
