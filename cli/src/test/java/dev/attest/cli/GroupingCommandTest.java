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

class GroupingCommandTest {
    private static final String HEADER = ",claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId\n";

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aMalformedLineFailsWithTheFileAndLineNamed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("emergent.csv"), HEADER + "0,c,h,for,a1,c1\n1,c,h,for,a2\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = run(out, err, "eval", "grouping", "--dataset", "emergent", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(file + " line 3: expected 6 fields, found 5");
    }

    @Test
    void reportsPairwiseScoresOnTheHeldOutHalfAsJson(@TempDir Path dir) throws IOException {
        // claim ids chosen so both halves (even and odd String.hashCode) hold two stories
        StringBuilder csv = new StringBuilder(HEADER);
        String[][] stories = {
            {"a", "Cat elected mayor of small Alaska town", "Small town in Alaska elects a cat as its mayor", "Alaska town's new mayor is a cat"},
            {"b", "Giant spider found in Australian garage", "Australian man finds giant spider in his garage", "Huge spider discovered in garage in Australia"},
            {"c", "Bank of England raises interest rates", "Interest rates go up at the Bank of England", "Bank of England lifts its interest rate"},
            {"d", "Volcano erupts in Iceland, flights grounded", "Icelandic volcano eruption grounds flights", "Flights grounded as volcano erupts in Iceland"}};
        int row = 0;
        for (String[] s : stories) {
            for (int i = 1; i < s.length; i++) {
                csv.append(row).append(",claim ").append(s[0]).append(",\"").append(s[i]).append("\",for,art").append(row).append(',').append(s[0]).append('\n');
                row++;
            }
        }
        Path file = Files.writeString(dir.resolve("emergent.csv"), csv.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = run(out, err, "eval", "grouping", "--dataset", "emergent", file.toString(), "--json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("dataset").asText()).isEqualTo("emergent");
        assertThat(json.get("articles").asInt()).isEqualTo(6); // "a" and "c" hash odd: the held-out half
        assertThat(json.get("pairs").asInt()).isEqualTo(15);
        assertThat(json.get("f1").asDouble()).isEqualTo(1.0);
        assertThat(json.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(json.get("recall").asDouble()).isEqualTo(1.0);
        assertThat(json.has("threshold")).isTrue();
    }
}
