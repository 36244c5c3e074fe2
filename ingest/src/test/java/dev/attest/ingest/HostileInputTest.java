package dev.attest.ingest;

import static dev.attest.ingest.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attest.core.model.Article;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Inputs built to make a naive reader hang, recurse too deep or run out of memory. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileInputTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void readsAFiveMegabyteSingleLineQuickly() throws InputException {
        String line = "word ".repeat(1024 * 1024);

        Article article = reader.read("long.txt", utf8(line)).articles().getFirst();

        assertThat(article.text()).hasSize(5 * 1024 * 1024);
        assertThat(article.title()).isNull();
    }

    @Test
    void readsTenThousandNestedDivsWithoutStackOverflow() throws InputException {
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>Deep paragraph.</p>" + "</div>".repeat(10_000);

        assertThat(reader.read("deep.html", utf8(html)).articles().getFirst().text()).isEqualTo("Deep paragraph.");
    }

    @Test
    void readsTenThousandNestedBlockquotesAndListsWithoutStackOverflow() throws InputException {
        String html = "<html><body>" + "<blockquote><ul><li>x".repeat(10_000);

        assertThat(reader.read("deep.html", utf8(html)).articles()).hasSize(1);
    }

    @Test
    void readsTenThousandNestedFurnitureElements() {
        String html = "<html><body>" + "<header><div class=\"promo\">".repeat(10_000) + "text";

        assertThatThrownBy(() -> reader.read("deep.html", utf8(html)))
                .isInstanceOf(InputException.class)
                .hasMessage("deep.html: no article text found in HTML");
    }

    @Test
    void survivesDeeplyNestedJsonOnALine() throws InputException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String input = "{\"text\": \"ok\"}\n{\"text\": \"x\", \"extra\": " + deep + "}\n";

        ReadResult result = reader.read("deep.jsonl", utf8(input));

        assertThat(result.articles()).hasSize(1);
        assertThat(result.errors()).singleElement().asString().startsWith("deep.jsonl:2: invalid JSON");
    }

    @Test
    void reportsATruncatedFinalJsonLine() throws InputException {
        String input = "{\"text\": \"complete\"}\n{\"text\": \"cut off mid";

        ReadResult result = reader.read("cut.jsonl", utf8(input));

        assertThat(result.articles()).hasSize(1);
        assertThat(result.errors()).singleElement().asString().startsWith("cut.jsonl:2: invalid JSON");
    }

    @Test
    void rejectsRandomBytesAsNonText() {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);

        assertThatThrownBy(() -> reader.read("noise.bin", noise))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("noise.bin: binary file");
    }

    @Test
    void handlesAHugeRunOfEmptyTagsAndAnUnterminatedTag() {
        String html = "<html><body>" + "<p>".repeat(500_000) + "<a " + "b=c ".repeat(500_000);

        assertThatCode(() -> {
            try {
                reader.read("tags.html", utf8(html));
            } catch (InputException acceptable) {
                assertThat(acceptable).hasMessage("tags.html: no article text found in HTML");
            }
        }).doesNotThrowAnyException();
    }
}
