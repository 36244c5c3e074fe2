package dev.attest.spark.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionPlanTest {
    @Test
    void packsUnitsIntoBalancedPartitionsKeepingEveryUnitOnce() {
        List<WorkUnit> units = new ArrayList<>();
        units.add(WorkUnit.wholeFile("big.warc.gz", SourceKind.WARC, 1000));
        for (int i = 0; i < 100; i++) {
            units.add(WorkUnit.wholeFile(String.format("doc-%03d.txt", i), SourceKind.DOCUMENT, 10));
        }
        List<List<WorkUnit>> bins = PartitionPlan.pack(units, 4);
        assertThat(bins).hasSize(4);
        assertThat(bins.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(units);
        // the 1000-byte WARC is alone; the small files spread over the other three
        assertThat(bins).anySatisfy(bin -> assertThat(bin).containsExactly(units.getFirst()));
        assertThat(bins.stream().mapToLong(b -> b.stream().mapToLong(WorkUnit::length).sum()).max().getAsLong())
                .isEqualTo(1000);
    }

    @Test
    void neverMorePartitionsThanUnits() {
        assertThat(PartitionPlan.pack(List.of(WorkUnit.wholeFile("a.jsonl", SourceKind.JSON_LINES, 5)), 8)).hasSize(1);
        assertThat(PartitionPlan.pack(List.of(), 8)).isEmpty();
    }

    @Test
    void splitSizeGivesEveryCoreSeveralRangesWithinBounds() {
        assertThat(InputPlanner.splitBytes(80L << 20, 2)).isEqualTo(10L << 20);
        assertThat(InputPlanner.splitBytes(10_000, 2)).isEqualTo(1L << 20);
        assertThat(InputPlanner.splitBytes(100L << 30, 16)).isEqualTo(64L << 20);
    }
}
