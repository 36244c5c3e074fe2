package dev.attest.ingest;

import static dev.attest.ingest.DecodingTest.single;
import static dev.attest.ingest.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Article;
import dev.attest.core.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextReadingTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void keepsTheWholeFileAsTextSoOffsetsMatchTheFile() throws InputException {
        byte[] file = Fixtures.resource("bridge-article.txt");

        Article article = single(reader.read("bridge-article.txt", file));

        assertThat(article.text()).isEqualTo(new String(file, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(article.title()).isEqualTo("Bridge closes for inspection");
        assertThat(article.titleSpan()).isEqualTo(new Span(0, "Bridge closes for inspection".length()));
        assertThat(article.id()).isEqualTo("bridge-article.txt");
        assertThat(article.source()).isEqualTo("bridge-article.txt");
        assertThat(article.url()).isNull();
        assertThat(article.published()).isNull();
    }

    @ParameterizedTest(name = "[{index}] title {1} <- {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "NONE", textBlock = """
            `Headline\\n\\nBody.`                      | Headline
            `  Padded headline  \\n  \\nBody.`         | Padded headline
            `\\n\\nHeadline after blank lines\\n\\nBody.` | Headline after blank lines
            `No blank line\\nBody continues.`         | NONE
            `Single line without title`              | NONE
            `Headline at end of file\\n`              | NONE
            `Headline\\n\\n`                           | Headline
            """)
    void takesTheFirstLineAsTitleOnlyWhenABlankLineFollows(String content, String expectedTitle)
            throws InputException {
        String text = content.translateEscapes();

        Article article = single(reader.read("in.txt", utf8(text)));

        assertThat(article.title()).isEqualTo(expectedTitle);
        assertThat(article.text()).isEqualTo(text);
    }

    @Test
    void treatsAnOverlongFirstLineAsAParagraphNotATitle() throws InputException {
        String text = "word ".repeat(100) + "\n\nSecond paragraph.";

        assertThat(single(reader.read("in.txt", utf8(text))).title()).isNull();
    }

    @Test
    void leavesMarkupMentionedInPlainTextAlone() throws InputException {
        String text = "Web history\n\nEarly pages used the <p> element for every paragraph.";

        assertThat(single(reader.read("in.txt", utf8(text))).text()).isEqualTo(text);
    }
}
