package dev.attest.spark.store;

import static org.apache.spark.sql.functions.col;

import dev.attest.claims.StoreClaimExtractor;
import dev.attest.core.extract.ClaimExtractor;
import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.ingest.ArticleReader;
import dev.attest.spark.PipelineHolder;
import dev.attest.spark.tables.Tables;
import dev.attest.store.CorpusStore;
import dev.attest.store.IngestListener;
import dev.attest.store.IngestOptions;
import dev.attest.store.IngestProgress;
import dev.attest.store.Ingester;
import dev.attest.store.StoreException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Loads a job's output into the embedded store, so the workbench ({@code attest serve}) can serve it.
 *
 * <p>The store keeps ledgers in its own form, with entity mentions the Parquet tables do not carry, so the import
 * rebuilds each {@link Article} from the {@code articles} table and runs the same pipeline the job ran: the ledger
 * is the one the job computed, and it goes in through the store's own ingest loop
 * ({@link Ingester#ingestArticles}) exactly as {@code attest ingest} stores it. The store identifies articles by normalised URL, else by text hash, so an import run twice
 * (or over an overlapping run) adds nothing the second time; a text already stored under another URL becomes a
 * copy. Rows are read in input order (file, then position), so which of two copies is the original matches what
 * {@code attest ingest} of the same files would pick.
 *
 * <p>New articles are analysed in batches on several threads and committed after each batch: a killed import
 * loses at most one batch and a rerun finishes the rest.
 */
public final class StoreImport {
    static final int BATCH_SIZE = 200;

    private final SparkSession spark;
    private final Pipeline pipeline;
    private final ClaimExtractor claims;
    private final int threads;
    private final Consumer<String> problems;

    /** @param problems receives one line per article the pipeline fails on; the import goes on */
    public StoreImport(SparkSession spark, int threads, Consumer<String> problems) {
        this(spark, threads, ClaimExtractor.none(), problems);
    }

    /** As above, storing the claims layer {@code claims} finds in each article, as {@code attest ingest} does. */
    public StoreImport(SparkSession spark, int threads, ClaimExtractor claims, Consumer<String> problems) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.spark = spark;
        this.pipeline = PipelineHolder.pipeline();
        this.claims = claims;
        this.threads = threads;
        this.problems = problems;
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(ImportOptions.USAGE);
            return;
        }
        ImportOptions options;
        try {
            options = ImportOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("attest import: " + e.getMessage());
            System.err.println(ImportOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("attest-import").master(options.master()).getOrCreate();
        int exit;
        try {
            exit = importInto(spark, options);
        } catch (FileNotFoundException | StoreException e) {
            System.err.println("attest import: " + e.getMessage());
            exit = 1;
        } catch (IOException e) {
            System.err.println("attest import: " + options.parquet() + ": " + e);
            exit = 1;
        } finally {
            spark.stop();
        }
        if (exit != 0) {
            System.exit(exit);
        }
    }

    private static int importInto(SparkSession spark, ImportOptions options) throws IOException {
        // checked before the store is opened, so a mistyped folder does not leave an empty store behind
        articlesTable(spark, options.parquet());
        try (CorpusStore store = CorpusStore.open(options.store())) {
            ClaimExtractor claims = options.claims() ? StoreClaimExtractor.standard() : ClaimExtractor.none();
            ImportSummary summary = new StoreImport(spark, Runtime.getRuntime().availableProcessors(), claims,
                    line -> System.err.println("attest import: " + line)).run(options.parquet(), store);
            System.out.println(summary.line(options.store().toString()));
            return summary.failed() > 0 ? 1 : 0;
        }
    }

    /** The job's {@code articles} table under {@code parquetDir}. */
    private static Path articlesTable(SparkSession spark, String parquetDir) throws IOException {
        Path table = new Path(parquetDir, Tables.ARTICLES);
        FileSystem fs = table.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.isDirectory(table)) {
            throw new FileNotFoundException(parquetDir + ": no " + Tables.ARTICLES
                    + " table here; give the --output folder of an `attest spark` run");
        }
        return table;
    }

    /** Imports the {@code articles} table under {@code parquetDir}; everything read is committed when it returns. */
    public ImportSummary run(String parquetDir, CorpusStore store) throws IOException {
        long started = System.nanoTime();
        Path table = articlesTable(spark, parquetDir);
        Iterator<Row> rows = spark.read().schema(Tables.ARTICLE).parquet(table.toString())
                .orderBy(col("source_file"), col("source_offset"), col("source_line"), col("article_key"))
                .toLocalIterator();
        Iterator<Article> articles = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Article next() {
                return ArticleRows.article(rows.next());
            }
        };
        // the store's own ingest loop: the same dedupe, batches, commits and claims as `attest ingest`
        IngestProgress done = new Ingester(store, pipeline, claims, new ArticleReader(), new IngestOptions(BATCH_SIZE, threads),
                new IngestListener() {
                    @Override
                    public void problem(String line) {
                        problems.accept(line);
                    }

                    @Override
                    public void committed(IngestProgress progress) {
                    }
                }).ingestArticles(articles);
        return new ImportSummary(done.read(), done.added(), done.alreadyStored(), done.copies(), done.failedArticles(),
                (System.nanoTime() - started) / 1e9, store.stats());
    }
}
