package dev.attest.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import dev.attest.spark.input.InputPlanner;
import dev.attest.spark.input.LineNumbering;
import dev.attest.spark.input.PartitionPlan;
import dev.attest.spark.input.WorkUnit;
import dev.attest.spark.link.QuoteLinker;
import dev.attest.spark.tables.Tables;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Runs the Attest extraction pipeline over a corpus on Spark and writes Parquet tables (see {@link Tables}).
 *
 * <p>Stage 1 plans work units on the driver (file names and sizes only), then each partition streams its units
 * and runs the pipeline, then the claim analyzer on its ledger, in {@code mapPartitions}: one pipeline and one
 * claim analyzer (MiniLM) per executor JVM. Its rows are cached once and split into the {@code articles},
 * {@code statements}, {@code speakers}, {@code claims}, {@code disputes} and {@code errors} tables, partitioned
 * by date. Stage 2 reads the statements back and writes {@code quote_links}.
 *
 * <pre>spark-submit --class dev.attest.spark.AttestSparkJob attest-spark.jar --input PATH... --output DIR</pre>
 */
public final class AttestSparkJob {
    private final SparkSession spark;
    private final ArticleAnalyzer analyzer;
    private final ClaimFinder claims;

    public AttestSparkJob(SparkSession spark) {
        this(spark, ArticleAnalyzer.standard(), ClaimFinder.standard());
    }

    /**
     * With other analyzers: tests use ones that throw to prove a pathological article cannot fail the job. The
     * claim finder runs only when the options ask for claims.
     */
    public AttestSparkJob(SparkSession spark, ArticleAnalyzer analyzer, ClaimFinder claims) {
        this.spark = spark;
        this.analyzer = analyzer;
        this.claims = claims;
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(JobOptions.USAGE);
            return;
        }
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("attest-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("attest");
        if (options.master() != null) {
            builder.master(options.master());
        }
        SparkSession spark = builder.getOrCreate();
        int exit = 0;
        try {
            JobSummary summary = new AttestSparkJob(spark).run(options);
            System.out.println(summary.line(options.output()));
        } catch (FileNotFoundException e) {
            System.err.println("attest-spark: " + e.getMessage());
            exit = 1;
        } catch (IOException e) {
            System.err.println("attest-spark: " + e);
            exit = 1;
        } finally {
            spark.stop();
        }
        if (exit != 0) {
            System.exit(exit);
        }
    }

    /** Runs both stages. Inputs are checked before the output is touched, so a typo cannot wipe a previous run. */
    public JobSummary run(JobOptions options) throws IOException {
        long started = System.nanoTime();
        long cpuStarted = ProcessCpu.nanos();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        int parallelism = context.defaultParallelism();

        List<FileStatus> files = new InputPlanner(hadoop).files(options.inputs(), options.output());
        long inputBytes = files.stream().mapToLong(FileStatus::getLen).sum();
        long splitBytes = InputPlanner.splitBytes(inputBytes, parallelism);
        Broadcast<SerializableConfiguration> conf = context.broadcast(new SerializableConfiguration(hadoop));
        List<WorkUnit> units = LineNumbering.assign(context, conf, InputPlanner.units(files, splitBytes));
        List<List<WorkUnit>> partitions = PartitionPlan.pack(units,
                PartitionPlan.partitionCount(inputBytes, splitBytes, parallelism));

        TableWriter tables = new TableWriter(spark, options.output());
        Row counts = writeLedgerTables(context, conf, partitions, tables, options.claims() ? claims : null);
        if (!options.claims()) {
            // stale tables from an earlier run would not match this one
            tables.delete(Tables.CLAIMS);
            tables.delete(Tables.DISPUTES);
        }
        long analysed = System.nanoTime();
        long cpuAnalysed = ProcessCpu.nanos();

        long quoteLinks = -1;
        if (options.links()) {
            tables.write(Tables.QUOTE_LINKS, new QuoteLinker().link(tables.read(Tables.STATEMENTS)));
            quoteLinks = tables.read(Tables.QUOTE_LINKS).count();
        } else {
            tables.delete(Tables.QUOTE_LINKS); // a stale table from an earlier run would not match this one
        }
        long linked = System.nanoTime();
        long claimCount = options.claims() ? counts.getLong(3) : -1;
        long disputeCount = options.claims() ? counts.getLong(4) : -1;
        return new JobSummary(counts.getLong(0), counts.getLong(1), counts.getLong(2), claimCount, disputeCount,
                counts.getLong(5), quoteLinks,
                partitions.size(), inputBytes, (analysed - started) / 1e9, (cpuAnalysed - cpuStarted) / 1e9,
                (linked - analysed) / 1e9);
    }

    /**
     * Writes the ledger tables (claims and disputes only with a claim finder); returns the row counts of articles,
     * statements, speakers, claims, disputes and errors.
     */
    private Row writeLedgerTables(JavaSparkContext context, Broadcast<SerializableConfiguration> conf,
            List<List<WorkUnit>> partitions, TableWriter tables, ClaimFinder claimFinder) {
        // One element per slice, so each planned partition is exactly one Spark partition.
        JavaRDD<Row> rows = context.parallelize(partitions, Math.max(1, partitions.size()))
                .mapPartitions(new AnalysePartition(conf, analyzer, claimFinder));
        // Extraction runs once; the tables are cut from the cached rows (spilled to disk when large).
        Dataset<Row> analysed = spark.createDataFrame(rows, Tables.ANALYSED).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            tables.writeByDate(Tables.ARTICLES, analysed.where(col("article").isNotNull()).select("article.*"));
            tables.writeByDate(Tables.STATEMENTS, analysed.select(explode(col("statements")).as("row")).select("row.*"));
            tables.writeByDate(Tables.SPEAKERS, analysed.select(explode(col("speakers")).as("row")).select("row.*"));
            if (claimFinder != null) {
                tables.writeByDate(Tables.CLAIMS, analysed.select(explode(col("claims")).as("row")).select("row.*"));
                tables.writeByDate(Tables.DISPUTES, analysed.select(explode(col("disputes")).as("row")).select("row.*"));
            }
            tables.writeByDate(Tables.ERRORS, analysed.where(col("error").isNotNull()).select("error.*"));
            return analysed.agg(count(col("article")), total("statements"), total("speakers"), total("claims"),
                    total("disputes"), count(col("error"))).first();
        } finally {
            analysed.unpersist();
        }
    }

    private static org.apache.spark.sql.Column total(String arrayColumn) {
        return coalesce(sum(size(col(arrayColumn))), lit(0L));
    }
}
