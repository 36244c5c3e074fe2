package dev.attest.spark.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceKindTest {
    @Test
    void decidesByName() {
        assertThat(SourceKind.ofFileName("CC-NEWS-2026.warc.gz")).isEqualTo(SourceKind.WARC);
        assertThat(SourceKind.ofFileName("crawl.WARC")).isEqualTo(SourceKind.WARC);
        assertThat(SourceKind.ofFileName("export.jsonl")).isEqualTo(SourceKind.JSON_LINES);
        assertThat(SourceKind.ofFileName("export.ndjson.gz")).isEqualTo(SourceKind.JSON_LINES_GZIP);
        assertThat(SourceKind.ofFileName("story.html")).isEqualTo(SourceKind.DOCUMENT);
        assertThat(SourceKind.ofFileName("story")).isEqualTo(SourceKind.DOCUMENT);
    }
}
