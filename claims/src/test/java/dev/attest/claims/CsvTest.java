package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasNewlinesAndEscapedQuotes() {
        String text = "\uFEFFBody ID,articleBody\r\n1,\"First line, with a comma\nsecond \"\"quoted\"\" line\"\r\n2,plain\n";
        assertThat(Csv.parse(text)).containsExactly(
                List.of("Body ID", "articleBody"),
                List.of("1", "First line, with a comma\nsecond \"quoted\" line"),
                List.of("2", "plain"));
    }

    @Test
    void keepsEmptyFieldsAndALastLineWithoutNewline() {
        assertThat(Csv.parse(",a,\nx,,y")).containsExactly(List.of("", "a", ""), List.of("x", "", "y"));
    }

    @Test
    void skipsBlankLines() {
        assertThat(Csv.parse("a,b\n\n\nc,d\n")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }
}
