package dev.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `attest quote REF` on a store where two outlets print the same quote. */
class QuoteCommandTest {
    record Run(int code, String out, String err) {}

    private static Run main(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs the command class itself, so the test does not depend on its registration in Main. */
    private static Run quote(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new CorpusCommands.Quote()).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void listsTheOtherOutletsCarryingAQuote(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("news.jsonl"), """
                {"id":"a","url":"https://gazette.example/bridge","published":"2026-03-02","text":"\\u201cWe are on schedule and on budget for the harbor bridge,\\u201d Mayor Elena Vasquez said on Monday."}
                {"id":"b","url":"https://wire.example/bridge","published":"2026-03-03","text":"\\"We are on schedule and on budget,\\" Vasquez told reporters in the harbor city."}
                """);
        String store = dir.resolve("store").toString();
        assertThat(main("ingest", dir.resolve("news.jsonl").toString(), "--store", store).code()).isZero();
        JsonNode stats = new ObjectMapper().readTree(main("stats", "--store", store, "--format", "json").out());
        assertThat(stats.get("links").asInt()).isEqualTo(1);
        JsonNode hit = new ObjectMapper().readTree(main("search", "budget", "--outlet", "gazette.example", "--store", store, "--format", "jsonl")
                .out().lines().findFirst().orElseThrow());

        Run json = quote(hit.get("ref").asText(), "--store", store, "--format", "json");

        assertThat(json.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("statement").get("outlet").asText()).isEqualTo("gazette.example");
        assertThat(root.get("appearances")).hasSize(1);
        assertThat(root.get("appearances").get(0).get("outlet").asText()).isEqualTo("wire.example");
        assertThat(root.get("appearances").get(0).get("form").asText()).isEqualTo("shorter");
        Run table = quote(hit.get("ref").asText(), "--store", store);
        assertThat(table.out()).contains("wire.example").contains("1 other appearances");
    }

    @Test
    void anUnknownRefIsAOneLineError(@TempDir Path dir) {
        String store = dir.resolve("store").toString();
        main("ingest", "../examples", "--store", store);

        Run r = quote("0123456789abcdef:s1", "--store", store);

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
    }
}
