package dev.attest.spark.link;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import dev.attest.core.text.MinHash;
import dev.attest.spark.tables.Tables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Links the same quote across articles without comparing all pairs. Statements are blocked on their normalised
 * {@link QuoteKey} (equal keys are one cluster: a shuffle by key, linear in the corpus). Near-duplicates are found
 * among the distinct keys only: each key goes into one LSH bucket per {@link MinHash} band; inside a bucket every
 * key is compared with the bucket's smallest key alone (a star, linear in the bucket size, so a bucket of 100,000
 * variants of a stock phrase costs 100,000 comparisons, not 5 billion), kept when the estimated similarity reaches
 * {@link #NEAR_THRESHOLD}, and the kept edges are merged into clusters by {@link NearDuplicateComponents}.
 *
 * <p>Output: one row per statement of a cluster that spans at least two articles; {@code cluster_id} is a hash of
 * the cluster's smallest key, so it is stable across reruns.
 */
public final class QuoteLinker {
    /** Shorter keys are stock phrases ("we have no comment") that would link unrelated stories. */
    public static final int MIN_WORDS = 5;
    public static final double NEAR_THRESHOLD = 0.6;
    /** Label propagation rounds at most; near-duplicate chains are short, so this is rarely reached. */
    private static final int MAX_ROUNDS = 8;
    private static final StructType NEAR_LABEL = DataTypes.createStructType(List.of(
            DataTypes.createStructField("quote_key", DataTypes.StringType, false),
            DataTypes.createStructField("near_label", DataTypes.StringType, false)));

    private final UserDefinedFunction bands = udf((UDF1<String, List<Long>>) key -> {
        List<Long> out = new ArrayList<>(MinHash.BANDS);
        for (long band : MinHash.bands(MinHash.signature(key))) {
            out.add(band);
        }
        return out;
    }, DataTypes.createArrayType(DataTypes.LongType, false));

    private final UserDefinedFunction similarity = udf((UDF2<String, String, Double>) (a, b) ->
            a.equals(b) ? 1.0 : MinHash.similarity(MinHash.signature(a), MinHash.signature(b)), DataTypes.DoubleType);

    public Dataset<Row> link(Dataset<Row> statements) {
        Dataset<Row> quotes = statements
                .where(size(split(col("quote_key"), " ")).geq(MIN_WORDS).and(col("quote_key").notEqual("")))
                .select("statement_key", "article_key", "article_id", "statement_id", "speaker_name", "quote_key",
                        "content_text", Tables.DATE);
        Dataset<Row> keys = quotes.select("quote_key").distinct();
        Dataset<Row> labels = clusterLabels(keys);
        Dataset<Row> labelled = quotes.join(labels, "quote_key")
                .withColumn("cluster_id", concat(lit("q"), lower(hex(xxhash64(col("label"))))));
        Dataset<Row> sizes = labelled.groupBy("cluster_id").agg(
                count(lit(1)).as("cluster_statements"), countDistinct("article_key").as("cluster_articles"));
        return labelled.join(sizes, "cluster_id")
                .where(col("cluster_articles").geq(2))
                .withColumn("match", when(col("quote_key").equalTo(col("label")), "exact").otherwise("near"))
                .withColumn("similarity", similarity.apply(col("quote_key"), col("label")))
                .select(Arrays.stream(Tables.QUOTE_LINK.fieldNames()).map(functions::col).toArray(Column[]::new));
    }

    /** Every distinct key with the smallest key of its near-duplicate cluster (itself when it has none). */
    Dataset<Row> clusterLabels(Dataset<Row> keys) {
        Dataset<Row> keyBands = keys.select(col("quote_key"), explode(bands.apply(col("quote_key"))).as("band"));
        Dataset<Row> buckets = keyBands.groupBy("band")
                .agg(min("quote_key").as("centre"), count(lit(1)).as("members"))
                .where(col("members").geq(2));
        Dataset<Row> edges = keyBands.join(buckets, "band")
                .where(col("quote_key").notEqual(col("centre")))
                .select(col("quote_key").as("a"), col("centre").as("b"))
                .distinct()
                .where(similarity.apply(col("a"), col("b")).geq(NEAR_THRESHOLD))
                .localCheckpoint();
        JavaRDD<Row> nearLabelRows = NearDuplicateComponents.labels(edges.javaRDD()
                        .mapToPair(row -> new Tuple2<>(row.getString(0), row.getString(1))), MAX_ROUNDS)
                .map(pair -> RowFactory.create(pair._1(), pair._2()));
        Dataset<Row> nearLabels = keys.sparkSession().createDataFrame(nearLabelRows, NEAR_LABEL);
        return keys.join(nearLabels, "quote_key", "left")
                .select(col("quote_key"), coalesce(col("near_label"), col("quote_key")).as("label"));
    }
}
