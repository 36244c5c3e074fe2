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
        assertThat(first.get("articles").asInt()).isEqualTo(7); // three text files, one HTML page, three JSON lines records
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
    void theSameClaimFromTwoOutletsIsLinkedAndTheDisputedOneIsMarked(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("wire.jsonl");
        java.nio.file.Files.writeString(input, String.join("\n",
                "{\"id\":\"t1\",\"url\":\"https://north.example/tunnel\",\"published\":\"2026-04-01\",\"title\":\"Tunnel plan\","
                        + "\"text\":\"Transport minister Carla Jensen said the new rail tunnel will cost 2.4 billion dollars and take nine years to build.\\n"
                        + "Jensen said work would start in the spring.\"}",
                "{\"id\":\"t2\",\"url\":\"https://south.example/rail\",\"published\":\"2026-04-02\",\"title\":\"Rail tunnel\","
                        + "\"text\":\"Carla Jensen, the transport minister, claimed the new rail tunnel would cost 2.4 billion dollars and take nine years to build.\\n"
                        + "There is no evidence that the tunnel budget includes the new stations.\"}") + "\n");
        String store = dir.resolve("store").toString();
        assertThat(run("ingest", input.toString(), "--store", store).code()).isZero();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode claims = mapper.readTree(run("claims", "tunnel cost", "--store", store, "--checkworthy", "--format", "json").out());
        assertThat(claims.size()).isGreaterThanOrEqualTo(2);
        String north = null;
        for (JsonNode c : claims) {
            if ("north.example".equals(c.get("outlet").asText()) && c.get("text").asText().contains("2.4 billion")) {
                north = c.get("ref").asText();
            }
        }
        assertThat(north).isNotNull();
        Run shown = run("claim", north, "--store", store, "--format", "json");
        assertThat(shown.code()).isZero();
        JsonNode detail = mapper.readTree(shown.out());
        assertThat(detail.get("embedded").asBoolean()).isTrue();
        assertThat(detail.get("appearances")).anySatisfy(a -> {
            assertThat(a.get("outlet").asText()).isEqualTo("south.example");
            assertThat(a.get("stance").asText()).isEqualTo("disputed");
        });
        assertThat(run("claim", north, "--store", store).out()).contains("south.example");
        assertThat(run("claim", "nope:c1", "--store", store).code()).isEqualTo(1);
        JsonNode stats = mapper.readTree(run("stats", "--store", store, "--format", "json").out());
        assertThat(stats.get("claims").asInt()).isGreaterThanOrEqualTo(4);
        Run checkworthyStatements = run("search", "tunnel", "--checkworthy", "--store", store, "--format", "json");
        assertThat(mapper.readTree(checkworthyStatements.out()).get("total").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aMissingStoreIsAOneLineError(@TempDir Path dir) {
        Run r = run("stats", "--store", dir.resolve("nothing-here").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
    }
}
