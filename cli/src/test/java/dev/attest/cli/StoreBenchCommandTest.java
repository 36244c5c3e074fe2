package dev.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small run of the store benchmark: the real command on 200 generated articles (the 100k runs are in docs/performance.md). */
class StoreBenchCommandTest {
    @Test
    void benchStoreIngestsGeneratedArticlesAndReportsRatesMemoryAndSearchLatencies(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench-store", "--generate", "200",
                "--store", dir.resolve("store").toString(), "--corpus-dir", corpus.toString(), "--no-claims",
                "--queries", "40", "--warmup-queries", "10", "--json");
        assertThat(code).as(err.toString()).isZero();
        JsonNode r = new ObjectMapper().readTree(out.toString());

        assertThat(r.at("/generated/articles").asInt()).isEqualTo(200);
        JsonNode ingest = r.get("ingest");
        assertThat(ingest.get("store_articles_before").asLong()).isZero();
        assertThat(ingest.get("read").asLong()).isEqualTo(200);
        assertThat(ingest.get("added").asLong()).isEqualTo(200);
        assertThat(ingest.get("statements_added").asLong()).isGreaterThan(1000);
        assertThat(ingest.get("claims_added").asLong()).isZero();
        assertThat(ingest.get("articles_per_second").asDouble()).isPositive();
        assertThat(ingest.get("articles_per_cpu_second").asDouble()).isPositive();
        assertThat(r.get("peak_rss_mb").asDouble()).isPositive();

        JsonNode variants = r.at("/search/variants");
        assertThat(variants).extracting(v -> v.get("filter").asText()).containsExactly("plain", "speaker", "since", "checkworthy");
        for (JsonNode v : variants) {
            assertThat(v.get("p50_ms").asDouble()).isPositive().isLessThanOrEqualTo(v.get("p99_ms").asDouble());
            assertThat(v.get("cpu_p50_ms").asDouble()).isPositive().isLessThanOrEqualTo(v.get("cpu_p99_ms").asDouble());
        }
        assertThat(variants.get(0).get("mean_matches").asDouble()).isGreaterThan(1);

        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.toList();
        }
        assertThat(files).hasSize(1); // 200 articles fit one generated file; a given --corpus-dir is kept
    }

    @Test
    void aSecondRunWithTheSameRangeAddsNothingAndAnotherRangeAddsItsArticles(@TempDir Path dir) throws IOException {
        String store = dir.resolve("store").toString();
        JsonNode first = bench(store, "0");
        JsonNode again = bench(store, "0");
        JsonNode next = bench(store, "30");
        assertThat(first.at("/ingest/added").asLong()).isEqualTo(30);
        assertThat(again.at("/ingest/added").asLong()).isZero();
        assertThat(again.at("/ingest/already_stored").asLong()).isEqualTo(30);
        assertThat(next.at("/ingest/store_articles_before").asLong()).isEqualTo(30);
        assertThat(next.at("/ingest/added").asLong()).isEqualTo(30);
    }

    private static JsonNode bench(String store, String first) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench-store", "--generate", "30",
                "--first", first, "--store", store, "--no-claims", "--queries", "0", "--json");
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }
}
