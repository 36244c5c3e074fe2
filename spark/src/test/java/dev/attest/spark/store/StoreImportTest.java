package dev.attest.spark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attest.bench.CorpusFiles;
import dev.attest.bench.CorpusGenerator;
import dev.attest.claims.StoreClaimExtractor;
import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.ingest.ArticleReader;
import dev.attest.spark.AttestSparkJob;
import dev.attest.spark.JobOptions;
import dev.attest.spark.LocalSpark;
import dev.attest.store.CorpusStats;
import dev.attest.store.CorpusStore;
import dev.attest.store.IngestListener;
import dev.attest.store.IngestOptions;
import dev.attest.store.Ingester;
import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job's Parquet output imported into a store equals ingesting the job's input directly. */
class StoreImportTest {
    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static Path corpus;
    private static Path output;
    private static CorpusStats direct;

    @BeforeAll
    static void runJobAndIngestDirectly() throws Exception {
        List<Article> articles = new ArrayList<>(new CorpusGenerator(21).articles(0, 60));
        // the same text under another URL (a syndicated copy) and the same URL twice: what the store dedupes
        Article first = articles.getFirst();
        articles.add(new Article("copy", first.title(), first.text(), null, "https://syndicate.example/copy", first.published()));
        Article second = articles.get(1);
        articles.add(new Article("again", second.title(), second.text() + "\n\nUpdated.", null, second.url(), null));
        corpus = Files.createDirectories(dir.resolve("in")).resolve("news.jsonl");
        CorpusFiles.writeJsonLines(corpus, articles);
        output = dir.resolve("out");
        spark = LocalSpark.session();
        new AttestSparkJob(spark).run(JobOptions.parse("--input", corpus.toString(), "--output", output.toString(),
                "--no-links", "--no-claims"));
        try (CorpusStore store = CorpusStore.open(dir.resolve("direct"))) {
            new Ingester(store, Pipeline.standard(), new ArticleReader(), IngestOptions.defaults(), IngestListener.silent())
                    .ingest(List.of(corpus));
            direct = store.stats();
        }
    }

    @Test
    void importedStoreHoldsWhatIngestingTheSameArticlesHolds() throws Exception {
        try (CorpusStore store = CorpusStore.open(dir.resolve("imported"))) {
            ImportSummary summary = newImport().run(output.toString(), store);
            assertThat(summary.read()).isEqualTo(62);
            assertThat(summary.added()).isEqualTo(60);
            assertThat(summary.copies()).isEqualTo(1);
            assertThat(summary.alreadyStored()).isEqualTo(1);
            assertThat(summary.failed()).isZero();
            assertThat(direct.statements()).isGreaterThan(200);
            assertThat(summary.store()).isEqualTo(store.stats());
            assertThat(store.stats()).usingRecursiveComparison().comparingOnlyFields("articles", "statements", "speakers", "copies")
                    .isEqualTo(direct);
        }
    }

    @Test
    void importWithClaimsStoresTheClaimsIngestWouldStore() throws Exception {
        StoreClaimExtractor claims = StoreClaimExtractor.standard();
        CorpusStats ingested;
        try (CorpusStore store = CorpusStore.open(dir.resolve("direct-claims"))) {
            new Ingester(store, Pipeline.standard(), claims, new ArticleReader(), IngestOptions.defaults(), IngestListener.silent())
                    .ingest(List.of(corpus));
            ingested = store.stats();
        }
        try (CorpusStore store = CorpusStore.open(dir.resolve("imported-claims"))) {
            new StoreImport(spark, 2, claims, line -> {
                throw new AssertionError("unexpected problem: " + line);
            }).run(output.toString(), store);
            assertThat(ingested.claims()).isGreaterThan(200);
            assertThat(store.stats()).isEqualTo(ingested);
        }
    }

    @Test
    void importingTwiceAddsNothing() throws Exception {
        try (CorpusStore store = CorpusStore.open(dir.resolve("twice"))) {
            newImport().run(output.toString(), store);
            CorpusStats once = store.stats();
            ImportSummary again = newImport().run(output.toString(), store);
            assertThat(again.added()).isZero();
            assertThat(again.copies()).isZero();
            assertThat(again.alreadyStored()).isEqualTo(again.read()).isEqualTo(62);
            assertThat(store.stats()).isEqualTo(once);
        }
    }

    @Test
    void aFolderWithoutAnArticlesTableIsRefusedByName() {
        Path empty = dir.resolve("not-a-run");
        try (CorpusStore store = CorpusStore.open(dir.resolve("untouched"))) {
            assertThatThrownBy(() -> newImport().run(empty.toString(), store))
                    .isInstanceOf(FileNotFoundException.class)
                    .hasMessageStartingWith(empty + ": no articles table here");
        }
    }

    private static StoreImport newImport() {
        return new StoreImport(spark, 2, line -> {
            throw new AssertionError("unexpected problem: " + line);
        });
    }
}
