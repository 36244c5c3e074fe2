package dev.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.extract.Pipeline;
import dev.attest.ingest.ArticleReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    @TempDir
    Path tmp;
    Path sources;
    Path storeDir;
    final List<String> problems = new ArrayList<>();
    final List<IngestProgress> commits = new ArrayList<>();

    @BeforeEach
    void writeSourceTree() throws IOException {
        sources = tmp.resolve("news");
        storeDir = tmp.resolve("attest-data");
        Files.createDirectories(sources.resolve("2026/jan"));
        Files.writeString(sources.resolve("2026/jan/bridge.txt"), FixtureArticles.article(0).text());
        Files.writeString(sources.resolve("2026/depot.html"), """
                <!doctype html><html><head><title>Depot plan delayed</title>
                <link rel="canonical" href="https://eastport-news.example/depot"></head>
                <body><h1>Depot plan delayed</h1>
                <p>"The depot will open in the spring, whatever the critics say," Helen Park told reporters on Monday.</p>
                <p>Critics said the plan had no funding.</p></body></html>
                """);
        String wire = FixtureArticles.articles(8).stream().skip(1).map(FixtureArticles::jsonLine).collect(Collectors.joining("\n"));
        Files.writeString(sources.resolve("wire.jsonl"), wire + "\n{\"id\": \"broken\", \"text\": 7}\n");
        Files.write(sources.resolve("scan.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2, 0, 0, (byte) 0xFF});
        Files.write(sources.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2, 0, 0, (byte) 0xFF});
        Files.writeString(sources.resolve("2026/jan/bridge.ann"), "T1\tSource 0 5\tMayor\n");
        Files.writeString(sources.resolve(".hidden.txt"), "Not to be read. \"Secret words here,\" she said.");
    }

    @Test
    void ingestsATreeReportsBadInputsAndGoesOn() {
        IngestProgress done = ingest(List.of(sources), 3);
        assertThat(done.files()).isEqualTo(4); // the hidden file is not read
        assertThat(done.skippedFiles()).isEqualTo(2); // nor the photo and the annotation file
        assertThat(done.read()).isEqualTo(9);
        assertThat(done.added()).isEqualTo(9);
        assertThat(done.failedInputs()).isEqualTo(2);
        assertThat(problems).hasSize(2);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(sources.resolve("scan.txt") + ": binary"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(sources.resolve("wire.jsonl") + ":8: \"text\" must be a string"));
        assertThat(commits).hasSize(3); // batches of 3: 3, 3, then the rest
        try (CorpusStore store = CorpusStore.openReadOnly(storeDir)) {
            assertThat(store.stats().articles()).isEqualTo(9);
            assertThat(store.search("depot spring", StatementFilter.none().withOutlet("eastport-news.example"), 5).hits())
                    .extracting(h -> h.statement().speaker()).contains("Helen Park");
        }
    }

    @Test
    void ingestingTheSameTreeTwiceGivesTheSameStore() {
        ingest(List.of(sources), 4);
        CorpusStats first = stats();
        IngestProgress again = ingest(List.of(sources), 4);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyStored()).isEqualTo(9);
        assertThat(stats()).isEqualTo(first);
        assertThat(first.articles()).isEqualTo(9);
        assertThat(first.statements()).isGreaterThanOrEqualTo(16);
    }

    @Test
    void wireCopiesUnderOtherUrlsAreRecordedNotStoredTwice() throws IOException {
        var original = FixtureArticles.article(0);
        Path copies = tmp.resolve("copies.jsonl");
        Files.writeString(copies, String.join("\n",
                FixtureArticles.jsonLine(original),
                "{\"id\":\"c1\",\"url\":\"https://mirror.example/a\",\"text\":" + quoted(original.text().toUpperCase()) + "}",
                "{\"id\":\"c2\",\"url\":\"https://mirror2.example/b\",\"text\":" + quoted(original.text() + "\n\n") + "}"), StandardCharsets.UTF_8);
        IngestProgress done = ingest(List.of(copies), 200);
        assertThat(done.added()).isEqualTo(1);
        assertThat(done.copies()).isEqualTo(2);
        assertThat(stats()).isEqualTo(new CorpusStats(1, 2, 0, 1, 0, 2));
        IngestProgress again = ingest(List.of(copies), 200);
        assertThat(again.alreadyStored()).isEqualTo(3);
    }

    @Test
    void aFileNamedByTheUserIsReadWhateverItsExtension() throws IOException {
        Path saved = tmp.resolve("story.download");
        Files.writeString(saved, FixtureArticles.article(4).text());
        assertThat(ingest(List.of(saved), 10).added()).isEqualTo(1);
    }

    @Test
    void aMissingSourceIsOneProblemLine() {
        IngestProgress done = ingest(List.of(tmp.resolve("nope.txt"), sources.resolve("2026/jan")), 200);
        assertThat(problems).containsExactly(tmp.resolve("nope.txt") + ": no such file");
        assertThat(done.added()).isEqualTo(1);
        assertThat(done.hadErrors()).isTrue();
    }

    private IngestProgress ingest(List<Path> paths, int batchSize) {
        problems.clear();
        commits.clear();
        try (CorpusStore store = CorpusStore.open(storeDir)) {
            IngestListener listener = new IngestListener() {
                @Override
                public void problem(String line) {
                    problems.add(line);
                }

                @Override
                public void committed(IngestProgress progress) {
                    commits.add(progress);
                }
            };
            return new Ingester(store, PIPELINE, new ArticleReader(), IngestOptions.defaults().withBatchSize(batchSize), listener).ingest(paths);
        }
    }

    private CorpusStats stats() {
        try (CorpusStore store = CorpusStore.openReadOnly(storeDir)) {
            return store.stats();
        }
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
