package dev.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementExportTest {
    static final String HOSTILE = "He said, \"no\"; then:\r\n\"well\",\n,,\"\" =SUM(A1) ";

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a,b", "say \"hi\"", "line1\nline2", "cr\rlf", " padded ", "", "\"", ",", HOSTILE})
    void csvFieldsSurviveARoundTrip(String value) {
        StringWriter out = new StringWriter();
        StatementCsv csv = new StatementCsv(out);
        csv.header();
        csv.row(row(value));
        List<List<String>> records = parseCsv(out.toString());
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).hasSize(StatementColumns.ALL.size()).startsWith("ref", "article");
        List<String> fields = records.get(1);
        assertThat(fields).hasSize(StatementColumns.ALL.size());
        assertThat(fields.get(index("content"))).isEqualTo(value);
        assertThat(fields.get(index("speaker"))).isEqualTo("O'Brien, \"Pat\"");
        assertThat(fields.get(index("cue"))).isEmpty(); // null
        assertThat(fields.get(index("published"))).isEqualTo("2026-03-01");
    }

    @Test
    void quotesOnlyWhatNeedsIt() {
        assertThat(StatementCsv.field("plain words")).isEqualTo("plain words");
        assertThat(StatementCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(StatementCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(StatementCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void jsonLinesKeepOneRecordPerLineWithTheSameColumns() throws Exception {
        String line = new StatementJson(new ObjectMapper()).line(row(HOSTILE));
        assertThat(line).doesNotContain("\n").doesNotContain("\r");
        JsonNode n = new ObjectMapper().readTree(line);
        assertThat(n.get("content").asText()).isEqualTo(HOSTILE);
        assertThat(n.get("cue").isNull()).isTrue();
        assertThat(n.get("start").asInt()).isEqualTo(10);
        assertThat(n.get("speaker_named").asBoolean()).isTrue();
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(StatementColumns.ALL.stream().map(StatementColumns.Column::name).toList());
    }

    private static StatementRow row(String content) {
        return new StatementRow("abc:s1", "abc", "id,1", "s1", LocalDate.of(2026, 3, 1), "wire.example", "https://wire.example/a?x=1,2",
                "Title, with \"quotes\"", "O'Brien, \"Pat\"", "o'brien, \"pat\"", true, "direct", null, "twitter", 10, 20, content,
                "direct-quote", 0.9);
    }

    private static int index(String column) {
        for (int i = 0; i < StatementColumns.ALL.size(); i++) {
            if (StatementColumns.ALL.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(column);
    }

    /** A strict RFC 4180 reader: records end with CRLF outside quotes; inside quotes anything goes and "" is a quote. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertThat(field).as("quote inside an unquoted field").isEmpty();
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("bare CR or LF outside quotes").isNotIn('\r', '\n');
                field.append(c);
            }
        }
        assertThat(quoted).as("unterminated quote").isFalse();
        assertThat(field).as("text after the last record").isEmpty();
        return records;
    }
}
