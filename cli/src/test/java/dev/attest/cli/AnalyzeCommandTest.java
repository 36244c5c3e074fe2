package dev.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command as a user runs it: exit codes, one-line errors, and the documented JSON schema. */
class AnalyzeCommandTest {
    private static final Path EXAMPLES = Path.of("../examples");

    record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void analysesAShippedExampleAsATable() {
        Run r = run("analyze", EXAMPLES.resolve("harbor-bridge.txt").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Elena Vasquez").contains("Daniel Okafor").contains("statements");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonOutputFollowsTheDocumentedSchema() throws IOException {
        Run r = run("analyze", EXAMPLES.resolve("council-budget.txt").toString(), "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("title").asText()).startsWith("Council Passes Budget");
        JsonNode statements = root.get("statements");
        assertThat(statements.size()).isGreaterThan(10);
        String text = Files.readString(EXAMPLES.resolve("council-budget.txt"));
        for (JsonNode s : statements) {
            assertThat(s.get("id").asText()).startsWith("s");
            assertThat(s.get("kind").asText()).isIn("direct", "indirect", "mixed");
            JsonNode c = s.get("content");
            assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText());
            assertThat(s.get("provenance").get("rule").asText()).isNotBlank();
            assertThat(s.get("provenance").get("confidence").asDouble()).isBetween(0.0, 1.0);
            if (!s.get("speaker").isNull()) {
                assertThat(s.get("speaker").has("name")).isTrue();
                assertThat(s.get("speaker").has("named")).isTrue();
                assertThat(s.get("speaker").get("mention").has("start")).isTrue();
            }
        }
    }

    @Test
    void jsonLinesGivesOneLinePerArticle() {
        Run r = run("analyze", EXAMPLES.resolve("wire.jsonl").toString(), "--format", "jsonl");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip().split("\n")).hasSize(3);
    }

    @Test
    void badInputsGetOneLineErrorsAndTheRestOfTheBatchGoesOn(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("photo.jpg");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2, 3, 0});
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "   \n");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Caf\u00e9 owner said the rent doubled.".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("analyze", binary.toString(), empty.toString(), latin1.toString(),
                EXAMPLES.resolve("harbor-bridge.txt").toString(), dir.resolve("missing.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Elena Vasquez");
        String[] lines = r.err().strip().split("\n");
        assertThat(lines).hasSize(5); // four failures and the summary
        assertThat(r.err()).contains("photo.jpg").contains("empty.txt").contains("latin1.txt").contains("missing.txt")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("analyze").code()).isEqualTo(2);
        assertThat(run("analyze", "x.txt", "--format", "yaml").code()).isEqualTo(2);
        assertThat(run("no-such-command").code()).isEqualTo(2);
    }

    @Test
    void hostileTextDoesNotBreakTheTable(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("hostile.txt");
        Files.writeString(f, "<script>alert(1)</script> said \u0007\u001b[31m “x” \n\n\"unclosed quote, she said");
        Run r = run("analyze", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u0007");
    }
}
