package dev.attest.spark.input;

import java.io.Serializable;

/**
 * One piece of input an executor reads on its own: a whole file, or a byte range of a JSON lines file.
 *
 * @param path      the file, as a Hadoop path string (so {@code hdfs://} and {@code s3a://} work on a cluster)
 * @param kind      how to read it
 * @param start     first byte of the range; a range owns every line that starts inside it
 * @param end       end of the range (exclusive); the whole file's length for unsplit files
 * @param firstLine the line number of the first line owned by the range (1 for a range starting at 0)
 */
public record WorkUnit(String path, SourceKind kind, long start, long end, long firstLine) implements Serializable {
    public WorkUnit {
        if (start < 0 || end < start || firstLine < 1) {
            throw new IllegalArgumentException("bad work unit " + path + " [" + start + "," + end + ") line " + firstLine);
        }
    }

    public static WorkUnit wholeFile(String path, SourceKind kind, long length) {
        return new WorkUnit(path, kind, 0, length, 1);
    }

    public long length() {
        return end - start;
    }

    public WorkUnit startingAtLine(long line) {
        return new WorkUnit(path, kind, start, end, line);
    }
}
