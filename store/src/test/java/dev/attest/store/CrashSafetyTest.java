package dev.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.ingest.ArticleReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Kills an ingest process (like kill -9) between commits and checks that rerunning it finishes the job exactly. */
class CrashSafetyTest {
    private static final int ARTICLES = 300;
    private static final int BATCH = 10;

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS) // a bound against hangs, not a speed test: loaded CI machines are slow
    void aKilledIngestRerunStoresEveryArticleExactlyOnce() throws Exception {
        List<Article> articles = FixtureArticles.articles(ARTICLES);
        Path source = tmp.resolve("wire.jsonl");
        Files.writeString(source, articles.stream().map(FixtureArticles::jsonLine).collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
        Path storeDir = tmp.resolve("attest-data");

        // two kills in a row: the second run resumes from the first's last commit and is killed in turn
        long storedAfterKill = 0;
        for (int round = 0; round < 2; round++) {
            long committedThisRun = startAndKillAfterCommits(storeDir, source, 5, round * 37 % 60);
            long before = storedAfterKill;
            try (CorpusStore store = CorpusStore.openReadOnly(storeDir)) {
                storedAfterKill = store.stats().articles();
            }
            // whole batches only, at least what the child reported committed, and the kill really was midway
            assertThat(storedAfterKill % BATCH).isZero();
            assertThat(storedAfterKill).isGreaterThanOrEqualTo(before + committedThisRun).isLessThan(ARTICLES);
        }

        IngestProgress rerun;
        try (CorpusStore store = CorpusStore.open(storeDir)) {
            // the finishing run needs no small batches: fewer commits keep the test quick
            rerun = new Ingester(store, Pipeline.standard(), new ArticleReader(), IngestOptions.defaults().withBatchSize(100),
                    IngestListener.silent()).ingest(List.of(source));
        }
        assertThat(rerun.alreadyStored()).isEqualTo(storedAfterKill);
        assertThat(rerun.added()).isEqualTo(ARTICLES - storedAfterKill);

        try (CorpusStore store = CorpusStore.openReadOnly(storeDir)) {
            assertThat(store.stats().articles()).isEqualTo(ARTICLES);
            assertThat(store.stats().statements()).isEqualTo(2L * ARTICLES);
            Map<String, Integer> statementsPerArticle = new HashMap<>();
            store.export(null, StatementFilter.none(), row -> statementsPerArticle.merge(row.articleRef(), 1, Integer::sum));
            for (Article a : articles) {
                String ref = ArticleIdentity.of(a).ref();
                assertThat(store.ledger(ref)).as(a.id()).isPresent();
                assertThat(statementsPerArticle.get(ref)).as(a.id()).isEqualTo(2);
            }
            assertThat(statementsPerArticle).hasSize(ARTICLES);
        }
    }

    /**
     * Runs {@link IngestChild} and kills it forcibly {@code delayMs} after it reported {@code commits} commits, so
     * the kill lands between commits or inside the next batch; returns the articles it had committed by then.
     */
    private long startAndKillAfterCommits(Path storeDir, Path source, int commits, long delayMs) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), storeDir.toString(), source.toString(), Integer.toString(BATCH), "40"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        long committed = -1;
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                if (line.startsWith("committed ") && ++seen == commits) {
                    committed = Long.parseLong(line.substring("committed ".length()));
                    Thread.sleep(delayMs);
                    child.destroyForcibly();
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
        }
        assertThat(committed).as("child output: %s", output).isPositive();
        return committed;
    }
}
