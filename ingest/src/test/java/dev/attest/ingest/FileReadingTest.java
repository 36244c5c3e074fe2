package dev.attest.ingest;

import static dev.attest.ingest.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attest.core.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReadingTest {
    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    @Test
    void readsAFileAndNamesArticlesAfterItsPath() throws IOException, InputException {
        Path file = Files.write(dir.resolve("story.txt"), utf8("Headline\r\n\r\nBody."));

        Article article = reader.read(file).articles().getFirst();

        assertThat(article.id()).isEqualTo(file.toString());
        assertThat(article.source()).isEqualTo(file.toString());
        assertThat(article.text()).isEqualTo("Headline\n\nBody.");
    }

    @Test
    void detectsHtmlSavedUnderATextExtension() throws IOException, InputException {
        Path file = Files.write(dir.resolve("saved.txt"), utf8("<!DOCTYPE html><title>T</title><p>Body.</p>"));

        assertThat(reader.read(file).articles().getFirst().text()).isEqualTo("T\n\nBody.");
    }

    @Test
    void reportsAMissingFile() {
        Path missing = dir.resolve("nope.txt");

        assertThatThrownBy(() -> reader.read(missing))
                .isInstanceOf(InputException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void reportsADirectory() {
        assertThatThrownBy(() -> reader.read(dir))
                .isInstanceOf(InputException.class)
                .hasMessage(dir + ": is a directory, not a file");
    }

    @Test
    void rejectsAnOversizedFileBeforeReadingIt() throws IOException {
        Path file = Files.write(dir.resolve("big.txt"), new byte[2048]);

        assertThatThrownBy(() -> new ArticleReader(new ReaderLimits(1024)).read(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": too large (2048 bytes > limit 1024)");
    }

    @Test
    void keepsMessagesOnOneLineEvenForNamesWithLineBreaks() {
        assertThatThrownBy(() -> reader.read("evil\nname.txt", new byte[0]))
                .isInstanceOf(InputException.class)
                .hasMessage("evil name.txt: empty input");
    }

    @Test
    void rejectsNonPositiveLimits() {
        assertThatThrownBy(() -> new ReaderLimits(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneReaderServesManyThreadsWithIdenticalResults() throws Exception {
        byte[] html = Fixtures.resource("harbour-page.html");
        byte[] jsonl = Fixtures.resource("wire-feed.jsonl");
        ReadResult expectedHtml = reader.read("page", html);
        ReadResult expectedJsonl = reader.read("feed", jsonl);
        List<Future<Boolean>> runs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 200; i++) {
                boolean useHtml = i % 2 == 0;
                runs.add(pool.submit(() -> useHtml
                        ? reader.read("page", html).equals(expectedHtml)
                        : reader.read("feed", jsonl).equals(expectedJsonl)));
            }
        }
        for (Future<Boolean> run : runs) {
            assertThat(run.get()).isTrue();
        }
    }
}
