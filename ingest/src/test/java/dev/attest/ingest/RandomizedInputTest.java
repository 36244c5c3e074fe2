package dev.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.attest.core.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Whatever the bytes, {@link ArticleReader#read(String, byte[])} returns articles or throws
 * {@link InputException} with a one-line message; nothing else. The seed is fixed so a failure reproduces;
 * set {@code -Dattest.fuzz.seed=N} to explore other inputs.
 */
class RandomizedInputTest {
    private static final int CASES = 2_000;
    private static final String[] TAGS = {"<p>", "</p>", "<div class=\"share\">", "</div>", "<article>",
            "</article>", "<html>", "<body>", "<!doctype html>", "<script>", "</script>", "<h1>", "</h1>",
            "<li>", "<blockquote>", "<meta property=\"og:title\" content=\"T\">", "<!--", "-->", "<br>", "<",
            ">", "&amp;", "&#0;", "<time datetime=\"2024-01-01\">", "<nav>", "</", "<p class=\"credit\">"};
    private static final String[] JSON_PIECES = {"{", "}", "\"text\"", "\"id\"", "\"title\"", "\"published\"",
            ":", ",", "\"2024-05-01\"", "\"hello world\"", "null", "true", "12", "[", "]", "\"\\n\"", "\\",
            "\"\\ud800\"", "\n", " "};

    private final ArticleReader reader = new ArticleReader();

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anyBytesGiveArticlesOrAOneLineInputException() {
        long seed = Long.getLong("attest.fuzz.seed", 20250601L);
        Random random = new Random(seed);
        List<Function<Random, byte[]>> generators = List.of(
                RandomizedInputTest::randomBytes,
                RandomizedInputTest::randomAscii,
                RandomizedInputTest::randomHtmlish,
                RandomizedInputTest::randomJsonLines);
        int articles = 0;
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] input = generators.get(i % generators.size()).apply(random);
            try {
                ReadResult result = reader.read("fuzz-" + i, input);
                assertThat(result.articles()).as("case %d", i).isNotEmpty();
                for (Article article : result.articles()) {
                    assertThat(article.text()).as("case %d", i).isNotBlank().doesNotContain("\r");
                }
                for (String error : result.errors()) {
                    assertOneLine(error, i);
                }
                articles += result.articles().size();
            } catch (InputException e) {
                assertOneLine(e.getMessage(), i);
                assertThat(e.getMessage()).startsWith("fuzz-" + i + ": ");
                rejected++;
            } catch (RuntimeException | Error e) {
                fail("case %d (seed %d) threw %s for input %s", i, seed, e,
                        HexFormat.of().formatHex(input, 0, Math.min(input.length, 200)), e);
            }
        }
        // Guard against a generator bug that makes every case take the same path.
        assertThat(articles).isPositive();
        assertThat(rejected).isPositive();
    }

    private static void assertOneLine(String message, int caseNo) {
        assertThat(message).as("case %d", caseNo).isNotBlank().doesNotContain("\n", "\r");
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] randomAscii(Random random) {
        byte[] bytes = new byte[random.nextInt(2048)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (random.nextInt(10) == 0 ? "\n\r\t {<".charAt(random.nextInt(6)) : 32 + random.nextInt(95));
        }
        return bytes;
    }

    private static byte[] randomHtmlish(Random random) {
        StringBuilder html = new StringBuilder();
        int pieces = random.nextInt(200);
        for (int i = 0; i < pieces; i++) {
            html.append(random.nextBoolean() ? TAGS[random.nextInt(TAGS.length)] : randomWord(random));
        }
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomJsonLines(Random random) {
        StringBuilder json = new StringBuilder();
        int lines = random.nextInt(20);
        for (int line = 0; line < lines; line++) {
            if (random.nextInt(3) == 0) {
                json.append("{\"id\": \"").append(random.nextInt(5)).append("\", \"text\": \"")
                        .append(randomWord(random)).append("\"}");
            } else {
                int pieces = random.nextInt(15);
                for (int i = 0; i < pieces; i++) {
                    json.append(JSON_PIECES[random.nextInt(JSON_PIECES.length)]);
                }
            }
            json.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String randomWord(Random random) {
        String letters = "abcdefghijklmnopqrstuvwxyzéß“”— ";
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }
}
