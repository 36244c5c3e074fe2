package dev.attest.spark;

import dev.attest.spark.input.WorkUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;

/** The mapPartitions function: a partition is a list of work units, read and analysed lazily. */
final class AnalysePartition implements FlatMapFunction<Iterator<List<WorkUnit>>, Row> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<SerializableConfiguration> conf;
    private final ArticleAnalyzer analyzer;
    private final ClaimFinder claims;

    /** @param claims the claim stage, or {@code null} to skip it */
    AnalysePartition(Broadcast<SerializableConfiguration> conf, ArticleAnalyzer analyzer, ClaimFinder claims) {
        this.conf = conf;
        this.analyzer = analyzer;
        this.claims = claims;
    }

    @Override
    public Iterator<Row> call(Iterator<List<WorkUnit>> bins) {
        List<WorkUnit> units = new ArrayList<>();
        bins.forEachRemaining(units::addAll);
        AnalysedRows rows = new AnalysedRows(units, conf.value().value(), analyzer, claims);
        TaskContext task = TaskContext.get();
        if (task != null) {
            // A failed or cancelled task must not leak an open file.
            task.addTaskCompletionListener((TaskCompletionListener) context -> rows.close());
        }
        return rows;
    }
}
