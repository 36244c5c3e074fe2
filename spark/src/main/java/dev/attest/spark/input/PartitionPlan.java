package dev.attest.spark.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Packs work units into Spark partitions of similar byte size (largest unit first into the lightest partition),
 * so a folder of a million small files does not become a million tasks and a 1 GB WARC does not share a task
 * with many others. Each partition keeps its units in path order.
 */
public final class PartitionPlan {
    private PartitionPlan() {
    }

    public static List<List<WorkUnit>> pack(List<WorkUnit> units, int partitions) {
        int count = Math.max(1, Math.min(partitions, units.size()));
        List<List<WorkUnit>> bins = new ArrayList<>();
        PriorityQueue<Bin> lightest = new PriorityQueue<>(Comparator.comparingLong(Bin::bytes).thenComparingInt(Bin::index));
        for (int i = 0; i < count; i++) {
            bins.add(new ArrayList<>());
            lightest.add(new Bin(i, 0));
        }
        List<WorkUnit> largestFirst = new ArrayList<>(units);
        largestFirst.sort(Comparator.comparingLong(WorkUnit::length).reversed()
                .thenComparing(WorkUnit::path).thenComparingLong(WorkUnit::start));
        for (WorkUnit unit : largestFirst) {
            Bin bin = lightest.poll();
            bins.get(bin.index()).add(unit);
            // Empty files still cost an open: count them as one byte.
            lightest.add(new Bin(bin.index(), bin.bytes() + Math.max(1, unit.length())));
        }
        for (List<WorkUnit> bin : bins) {
            bin.sort(Comparator.comparing(WorkUnit::path).thenComparingLong(WorkUnit::start));
        }
        return bins.stream().filter(b -> !b.isEmpty()).map(List::copyOf).toList();
    }

    /** Enough partitions for four per core, more when the input is large, never more than there are units. */
    public static int partitionCount(long totalBytes, long splitBytes, int parallelism) {
        long bySize = (totalBytes + splitBytes - 1) / splitBytes;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(4L * parallelism, bySize));
    }

    private record Bin(int index, long bytes) {
    }
}
