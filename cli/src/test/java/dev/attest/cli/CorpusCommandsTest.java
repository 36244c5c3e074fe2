package dev.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus commands end to end on the shipped examples: ingest, rerun, stats, search, speakers, export. */
class CorpusCommandsTest {
    record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void ingestIsIdempotentAndQueriesFindTheExamples(@TempDir Path dir) throws IOException {
        String store = dir.resolve("store").toString();
        assertThat(run("ingest", "../examples", "--store", store).code()).isZero();
        JsonNode first = new ObjectMapper().readTree(run("stats", "--store", store, "--format", "json").out());
        assertThat(first.get("articles").asInt()).isEqualTo(6); // three text files, one HTML page, two JSON lines records
        assertThat(first.get("statements").asInt()).isGreaterThan(30);

        assertThat(run("ingest", "../examples", "--store", store).code()).isZero();
        JsonNode second = new ObjectMapper().readTree(run("stats", "--store", store, "--format", "json").out());
        assertThat(second.get("articles")).isEqualTo(first.get("articles"));
        assertThat(second.get("statements")).isEqualTo(first.get("statements"));

        Run search = run("search", "bridge", "--store", store, "--format", "jsonl");
        assertThat(search.code()).isZero();
        assertThat(search.out()).contains("Harbor Bridge");

        Run speakers = run("speakers", "--store", store);
        assertThat(speakers.out()).contains("Elena Vasquez");

        Run timeline = run("speaker", "Elena Vasquez", "--store", store);
        assertThat(timeline.code()).isZero();
        assertThat(timeline.out()).contains("bridge");

        Run csv = run("export", "--format", "csv", "--store", store);
        assertThat(csv.code()).isZero();
        assertThat(csv.out().lines().count()).isGreaterThan(30);
    }

    @Test
    void aMissingStoreIsAOneLineError(@TempDir Path dir) {
        Run r = run("stats", "--store", dir.resolve("nothing-here").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
    }
}
