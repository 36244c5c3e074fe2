package dev.attest.spark.input;

import org.apache.hadoop.fs.Path;

/** File names as users typed them: local paths without Hadoop's {@code file:} scheme, others fully qualified. */
public final class DisplayNames {
    private DisplayNames() {
    }

    public static String of(Path path) {
        return "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : path.toString();
    }

    public static String of(String hadoopPath) {
        return of(new Path(hadoopPath));
    }
}
