package dev.attest.spark;

import static org.apache.spark.sql.functions.col;

import dev.attest.spark.tables.Tables;
import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes and reads the job's tables under one output folder. Overwrite mode replaces a table as a whole, so a
 * rerun over the same output leaves exactly the new run's rows, never a mix.
 */
public final class TableWriter {
    private final SparkSession spark;
    private final String output;

    public TableWriter(SparkSession spark, String output) {
        this.spark = spark;
        this.output = output;
    }

    public String pathOf(String table) {
        return new Path(output, table).toString();
    }

    /**
     * Rebalanced by date first: otherwise every task writes one small file per date it holds (tasks x dates files,
     * which on a 90-day corpus made writing cost more than extraction). Spark's rebalance puts a date's rows in
     * one task, splits an oversized date (the "unknown" bucket of a crawl) and merges small ones.
     */
    public void writeByDate(String table, Dataset<Row> rows) {
        rows.hint("rebalance", col(Tables.DATE)).write().mode(SaveMode.Overwrite).partitionBy(Tables.DATE)
                .parquet(pathOf(table));
    }

    /** Cross-date tables (quote links): partitioning by one statement's date would split a cluster. */
    public void write(String table, Dataset<Row> rows) {
        rows.write().mode(SaveMode.Overwrite).parquet(pathOf(table));
    }

    /** With the schema given, so an empty table (a folder with no data files) reads as zero rows, not an error. */
    public Dataset<Row> read(String table) {
        return spark.read().schema(Tables.schemaOf(table)).parquet(pathOf(table));
    }

    public void delete(String table) throws IOException {
        Path path = new Path(output, table);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        fs.delete(path, true);
    }
}
