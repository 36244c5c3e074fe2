package dev.attest.spark.input;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Turns the user's inputs (files, folders, globs; local or any Hadoop file system) into work units on the
 * driver. Only names and sizes are read here; executors open the files. Large JSON lines files are split into
 * byte ranges so one big export still spreads over every core; line numbers are filled in later by
 * {@link LineNumbering}.
 */
public final class InputPlanner {
    private final Configuration conf;

    public InputPlanner(Configuration conf) {
        this.conf = conf;
    }

    /**
     * Every input file once, in path order (so a rerun plans the same units), leaving out anything under
     * {@code output}: an output folder inside an input folder would otherwise be read back on the rerun.
     */
    public List<FileStatus> files(List<String> inputs, String output) throws IOException {
        Path outputPath = new Path(output);
        String excluded = outputPath.getFileSystem(conf).makeQualified(outputPath).toString() + "/";
        TreeMap<String, FileStatus> files = new TreeMap<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new FileNotFoundException("no such input: " + input);
            }
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> listing = fs.listFiles(match.getPath(), true);
                    while (listing.hasNext()) {
                        LocatedFileStatus status = listing.next();
                        if (!isHidden(status.getPath(), match.getPath())
                                && !status.getPath().toString().startsWith(excluded)) {
                            files.putIfAbsent(status.getPath().toString(), status);
                        }
                    }
                } else {
                    files.putIfAbsent(match.getPath().toString(), match);
                }
            }
        }
        return List.copyOf(files.values());
    }

    /** Work units for the files; JSON lines files longer than {@code splitBytes} become several ranges. */
    public static List<WorkUnit> units(List<FileStatus> files, long splitBytes) {
        List<WorkUnit> units = new ArrayList<>();
        for (FileStatus file : files) {
            String path = file.getPath().toString();
            SourceKind kind = SourceKind.ofFileName(file.getPath().getName());
            long length = file.getLen();
            if (!kind.splittable() || length <= splitBytes) {
                units.add(WorkUnit.wholeFile(path, kind, length));
                continue;
            }
            for (long start = 0; start < length; start += splitBytes) {
                units.add(new WorkUnit(path, kind, start, Math.min(length, start + splitBytes), 1));
            }
        }
        return units;
    }

    /**
     * Like Spark's own file splitting: small enough that every core gets about four ranges (so a slow range does
     * not leave cores idle at the end), never above 64 MB nor below 1 MB.
     */
    public static long splitBytes(long totalBytes, int parallelism) {
        long perRange = (totalBytes + 4L * parallelism - 1) / (4L * parallelism);
        return Math.min(64L << 20, Math.max(1L << 20, perRange));
    }

    /** Hadoop's convention: files and folders starting with "_" or "." under an input folder are metadata. */
    private static boolean isHidden(Path file, Path root) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith("_") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
