package dev.attest.spark.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Gives every range of a split JSON lines file the number of its first line, so errors and default ids say
 * {@code file:1234567} as the whole-file reader would. The newlines before each range are counted in parallel
 * (one cheap pass over the bytes, no parsing) and summed on the driver.
 *
 * <p>A range {@code [s, e)} owns the lines starting in it, so its first line starts after the first newline at or
 * after {@code s - 1}. Counting the newlines of {@code [max(0, s_k - 1), max(0, s_k+1 - 1))} for each range k
 * covers the file exactly once, and range j's first line is {@code 2 + sum of counts before j}.
 */
public final class LineNumbering {
    private LineNumbering() {
    }

    public static List<WorkUnit> assign(JavaSparkContext spark, Broadcast<SerializableConfiguration> conf,
            List<WorkUnit> units) {
        Map<String, List<WorkUnit>> byFile = new LinkedHashMap<>();
        for (WorkUnit unit : units) {
            byFile.computeIfAbsent(unit.path(), p -> new ArrayList<>()).add(unit);
        }
        List<CountRange> ranges = new ArrayList<>();
        for (List<WorkUnit> fileUnits : byFile.values()) {
            if (fileUnits.size() > 1) {
                ranges.addAll(countRanges(fileUnits));
            }
        }
        if (ranges.isEmpty()) {
            return units;
        }
        List<Long> counts = spark.parallelize(ranges, ranges.size())
                .map(range -> range.countNewlines(conf.value()))
                .collect();
        Map<String, Long> newlinesBefore = new LinkedHashMap<>();
        Map<WorkUnit, Long> firstLines = new LinkedHashMap<>();
        for (int i = 0; i < ranges.size(); i++) {
            CountRange range = ranges.get(i);
            long before = newlinesBefore.getOrDefault(range.unit().path(), 0L);
            firstLines.put(range.unit(), range.unit().start() == 0 ? 1 : before + 2);
            newlinesBefore.put(range.unit().path(), before + counts.get(i));
        }
        return units.stream().map(u -> firstLines.containsKey(u) ? u.startingAtLine(firstLines.get(u)) : u).toList();
    }

    private static List<CountRange> countRanges(List<WorkUnit> fileUnits) {
        List<CountRange> ranges = new ArrayList<>();
        for (int k = 0; k < fileUnits.size(); k++) {
            WorkUnit unit = fileUnits.get(k);
            long from = Math.max(0, unit.start() - 1);
            long to = k + 1 < fileUnits.size() ? Math.max(0, fileUnits.get(k + 1).start() - 1) : unit.end();
            ranges.add(new CountRange(unit, from, to));
        }
        return ranges;
    }

    record CountRange(WorkUnit unit, long from, long to) implements Serializable {
        long countNewlines(SerializableConfiguration conf) throws IOException {
            Path path = new Path(unit.path());
            FileSystem fs = path.getFileSystem(conf.value());
            try (FSDataInputStream raw = fs.open(path)) {
                raw.seek(from);
                return count(new BufferedInputStream(raw, 1 << 16), to - from);
            }
        }

        private static long count(InputStream in, long length) throws IOException {
            byte[] buffer = new byte[1 << 16];
            long remaining = length;
            long newlines = 0;
            while (remaining > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
                remaining -= n;
            }
            return newlines;
        }
    }
}
