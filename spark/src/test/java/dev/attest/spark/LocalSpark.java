package dev.attest.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One small local session for every test class in the JVM: two cores as in CI, no web UI, few shuffle partitions
 * for tiny data. Shared because a session's first queries pay most of Spark's warm-up; Spark stops it at exit.
 */
public final class LocalSpark {
    private LocalSpark() {
    }

    public static SparkSession session() {
        return Holder.SESSION;
    }

    private static final class Holder {
        static final SparkSession SESSION = SparkSession.builder()
                .master("local[2]")
                .appName("attest-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
