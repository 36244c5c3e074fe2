package dev.attest.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.text.Layout;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("curly double quotes", "“We will win,” she said.", List.of("We will win,")),
                Arguments.of("straight double quotes", "\"We will win,\" she said.", List.of("We will win,")),
                Arguments.of("guillemets", "Il a dit « non merci » hier.", List.of("non merci")),
                Arguments.of("single curly quotes in a headline", "Mayor Says ‘Bridge Stays Open,’ Engineers Disagree",
                        List.of("Bridge Stays Open,")),
                Arguments.of("apostrophes are not closing quotes", "‘We won’t stop,’ he said.", List.of("We won’t stop,")),
                Arguments.of("two quotes split by attribution", "“A b c,” she said. “D e f.”", List.of("A b c,", "D e f.")),
                Arguments.of("unclosed quote ends at its paragraph", "“Never closed here\n\nNext paragraph is narrative.",
                        List.of("Never closed here")),
                Arguments.of("multi-paragraph quote reopens each paragraph", "“First part.\n\n“Second part.”\n\nAfter.",
                        List.of("First part.\n\n“Second part.")),
                Arguments.of("possessive apostrophe after s", "The workers’ union said ‘no deal’ today.", List.of("no deal")),
                Arguments.of("nested single quotes stay inside", "“He called it ‘a disgrace’ on air,” she said.",
                        List.of("He called it ‘a disgrace’ on air,")),
                Arguments.of("two apostrophes stand for a double quote", "''We will win,'' she said. ''Then we rest.''",
                        List.of("We will win,", "Then we rest.")),
                Arguments.of("a single apostrophe pair inside a word opens nothing", "The rock 'n' roll band's ''tour'' ended.",
                        List.of("tour")),
                Arguments.of("no quotes", "Plain text with no quotation marks.", List.of()),
                Arguments.of("a lone straight quote at end", "He said \"", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsQuotedText(String name, String text, List<String> expected) {
        List<String> found = finder.find(text, Layout.Builder.paragraphs(text)).stream().map(q -> q.inner().of(text)).toList();
        assertThat(found).containsExactlyElementsOf(expected);
    }
}
