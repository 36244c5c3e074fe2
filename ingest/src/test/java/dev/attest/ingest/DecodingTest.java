package dev.attest.ingest;

import static dev.attest.ingest.Fixtures.bytes;
import static dev.attest.ingest.Fixtures.concat;
import static dev.attest.ingest.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attest.core.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecodingTest {
    private final ArticleReader reader = new ArticleReader();

    static Stream<Arguments> decodableInputs() {
        String text = "Tête-à-tête in Zürich\n\nThe mayor said “yes”.";
        return Stream.of(
                Arguments.of("plain UTF-8", utf8(text)),
                Arguments.of("UTF-8 with BOM", concat(bytes(0xEF, 0xBB, 0xBF), utf8(text))),
                Arguments.of("UTF-16LE with BOM", concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE))),
                Arguments.of("UTF-16BE with BOM", concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE))));
    }

    @ParameterizedTest(name = "{0} decodes to the same text without BOM")
    @MethodSource("decodableInputs")
    void decodesEveryAcceptedEncodingToTheSameText(String encoding, byte[] input) throws InputException {
        Article article = single(reader.read("in.txt", input));

        assertThat(article.text()).isEqualTo("Tête-à-tête in Zürich\n\nThe mayor said “yes”.");
        assertThat(article.title()).isEqualTo("Tête-à-tête in Zürich");
    }

    static Stream<Arguments> rejectedInputs() {
        return Stream.of(
                Arguments.of("empty bytes", new byte[0], "in.txt: empty input"),
                Arguments.of("only whitespace", utf8(" \n\t\r\n  "), "in.txt: empty input"),
                Arguments.of("only a BOM", bytes(0xEF, 0xBB, 0xBF), "in.txt: empty input"),
                Arguments.of("NUL bytes", utf8("PK\u0003\u0004\u0000\u0000 zip header"),
                        "in.txt: binary file (NUL bytes), not an article"),
                Arguments.of("UTF-16 without BOM", "Plain words here".getBytes(StandardCharsets.UTF_16LE),
                        "in.txt: binary file (NUL bytes), probably UTF-16 without a byte-order mark; convert it to UTF-8"),
                Arguments.of("mostly control characters", utf8("\u0001\u0002\u0003\u0004abc\u0005\u0006"),
                        "in.txt: binary file (6 control characters in the first 9), not an article"),
                Arguments.of("Latin-1 byte in UTF-8", concat(utf8("Caf"), bytes(0xE9, 0x20, 0x6F, 0x6B)),
                        "in.txt: not valid UTF-8 (byte offset 3); convert it to UTF-8"),
                Arguments.of("truncated multi-byte sequence", concat(utf8("ab"), bytes(0xE2, 0x82)),
                        "in.txt: not valid UTF-8 (byte offset 2); convert it to UTF-8"),
                Arguments.of("overlong encoding", concat(utf8("x"), bytes(0xC0, 0xAF)),
                        "in.txt: not valid UTF-8 (byte offset 1); convert it to UTF-8"),
                Arguments.of("odd-length UTF-16", bytes(0xFF, 0xFE, 0x41, 0x00, 0x42),
                        "in.txt: not valid UTF-16 (byte offset 4); convert it to UTF-8"));
    }

    @ParameterizedTest(name = "rejects {0}")
    @MethodSource("rejectedInputs")
    void rejectsUnusableInputWithOneLineMessage(String description, byte[] input, String message) {
        assertThatThrownBy(() -> reader.read("in.txt", input))
                .isInstanceOf(InputException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsInputLargerThanTheLimit() {
        ArticleReader small = new ArticleReader(new ReaderLimits(10));

        assertThatThrownBy(() -> small.read("big.txt", utf8("eleven byte")))
                .isInstanceOf(InputException.class)
                .hasMessage("big.txt: too large (11 bytes > limit 10)");
    }

    @Test
    void acceptsInputExactlyAtTheLimit() throws InputException {
        ArticleReader small = new ArticleReader(new ReaderLimits(10));

        assertThat(single(small.read("ok.txt", utf8("ten bytes!"))).text()).isEqualTo("ten bytes!");
    }

    @Test
    void defaultLimitIsTenMegabytes() {
        assertThat(new ArticleReader().limits().maxBytes()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void toleratesTabsFormFeedsAndAFewControlCharacters() throws InputException {
        String text = "Title\n\n\tIndented\fpage\u0007 bell and enough ordinary words to stay under the limit.";

        assertThat(single(reader.read("in.txt", utf8(text))).text()).isEqualTo(text);
    }

    static Stream<Arguments> lineEndings() {
        return Stream.of(
                Arguments.of("CRLF", "Title\r\n\r\nBody line one.\r\nBody line two.\r\n"),
                Arguments.of("lone CR", "Title\r\rBody line one.\rBody line two.\r"),
                Arguments.of("mixed", "Title\r\n\nBody line one.\rBody line two.\n"));
    }

    @ParameterizedTest(name = "{0} line endings become LF")
    @MethodSource("lineEndings")
    void normalisesLineEndingsToLf(String style, String input) throws InputException {
        Article article = single(reader.read("in.txt", utf8(input)));

        assertThat(article.text()).isEqualTo("Title\n\nBody line one.\nBody line two.\n");
        assertThat(article.title()).isEqualTo("Title");
    }

    static Article single(ReadResult result) {
        assertThat(result.articles()).hasSize(1);
        assertThat(result.errors()).isEmpty();
        return result.articles().getFirst();
    }
}
