package dev.attest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.spark.input.InputPlanner;
import dev.attest.spark.input.LineNumbering;
import dev.attest.spark.input.WorkUnit;
import dev.attest.spark.link.QuoteKey;
import dev.attest.spark.link.QuoteLinker;
import dev.attest.spark.tables.Tables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's Spark stages on their own: line numbering of split files, and quote linking. */
class SparkStagesTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    @Test
    void everyRangeOfASplitFileKnowsItsFirstLine() throws Exception {
        Path file = dir.resolve("lines.jsonl");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            text.append("{\"id\":\"").append(i).append("\",\"text\":\"").append("x".repeat(i % 37)).append("\"}\n");
            if (i % 100 == 0) {
                text.append('\n');
            }
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(file);
        FileSystem fs = FileSystem.getLocal(spark.sparkContext().hadoopConfiguration());
        FileStatus status = fs.getFileStatus(new org.apache.hadoop.fs.Path(file.toString()));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());

        List<WorkUnit> units = LineNumbering.assign(context,
                context.broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration())),
                InputPlanner.units(List.of(status), 4096));

        assertThat(units).hasSizeGreaterThan(10);
        for (WorkUnit unit : units) {
            assertThat(unit.firstLine()).as("range at %d", unit.start()).isEqualTo(firstLineAtOrAfter(bytes, unit.start()));
        }
    }

    /** One linking run over every case: each run is a handful of Spark queries, so the cases share it. */
    @Test
    void linksExactNearAndChainedDuplicatesAcrossArticlesOnly() {
        String quote = "We will not raise fares for the people who ride our buses every day.";
        String housing = "the council has failed the families of this city on housing for ten long years";
        List<Row> rows = new ArrayList<>();
        rows.add(statement("a", "s1", quote));
        rows.add(statement("b", "s4", "“We will NOT raise fares for the people who ride our buses, every day”"));
        rows.add(statement("c", "s2", quote.replace("every day.", "every day this year.")));
        // the same quote twice in one article is not a cross-article link
        rows.add(statement("d", "s1", "The bridge will stay open through the winter, the mayor said."));
        rows.add(statement("d", "s2", "The bridge will stay open through the winter, the mayor said."));
        // too short to link, however often it appears
        rows.add(statement("e", "s1", "No comment at all."));
        rows.add(statement("f", "s1", "No comment at all."));
        rows.add(statement("g", "s1", "Residents of the east side deserve to see the full report before the vote."));
        // a chain of small edits: h-i-j-k are one cluster although h and k share few bigrams
        rows.add(statement("h", "s1", housing));
        rows.add(statement("i", "s1", housing + " now"));
        rows.add(statement("j", "s1", housing + " now and forever"));
        rows.add(statement("k", "s1", "Honestly " + housing + " now and forever"));

        List<Row> links = new QuoteLinker().link(spark.createDataFrame(rows, Tables.STATEMENT)).collectAsList();

        Map<String, String> clusterOf = links.stream().collect(Collectors.toMap(
                r -> r.getAs("statement_key"), r -> r.getAs("cluster_id")));
        assertThat(clusterOf).containsOnlyKeys("a#s1", "b#s4", "c#s2", "h#s1", "i#s1", "j#s1", "k#s1");
        assertThat(Stream.of("a#s1", "b#s4", "c#s2").map(clusterOf::get).distinct()).hasSize(1);
        assertThat(Stream.of("h#s1", "i#s1", "j#s1", "k#s1").map(clusterOf::get).distinct()).hasSize(1);
        assertThat(clusterOf.get("a#s1")).isNotEqualTo(clusterOf.get("h#s1"));
        Map<String, String> match = links.stream().collect(Collectors.toMap(r -> r.getAs("statement_key"), r -> r.getAs("match")));
        assertThat(match).containsEntry("a#s1", "exact").containsEntry("b#s4", "exact").containsEntry("c#s2", "near");
        assertThat(links).filteredOn(r -> clusterOf.get("a#s1").equals(r.getAs("cluster_id"))).allSatisfy(r -> {
            assertThat((long) r.getAs("cluster_articles")).isEqualTo(3);
            assertThat((double) r.getAs("similarity")).isGreaterThanOrEqualTo(QuoteLinker.NEAR_THRESHOLD);
        });
    }

    private static Row statement(String article, String id, String text) {
        return RowFactory.create(article, article, id, article + "#" + id, "direct", 0, text.length(), text,
                null, null, null, null, "Speaker " + article, true, "e1", null, null, null, null, null, null,
                "trailing-cue", 0.9, QuoteKey.normalise(text), "2026-01-01");
    }

    private static long firstLineAtOrAfter(byte[] bytes, long start) {
        long line = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (i >= start && (i == 0 || bytes[i - 1] == '\n')) {
                return line;
            }
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
