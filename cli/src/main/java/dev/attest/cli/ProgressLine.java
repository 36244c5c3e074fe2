package dev.attest.cli;

import dev.attest.store.IngestProgress;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The text of the one-line ingest progress shown on a terminal, e.g.
 * {@code ingest: 1,400/5,000 (28%) read, 1,380 added, 96/s, ETA 0:37}. Pure formatting, so it is tested apart
 * from the terminal.
 */
final class ProgressLine {
    private ProgressLine() {
    }

    /**
     * @param progress    the counts after the last commit
     * @param expected    input units the sources were estimated to hold (see {@link IngestEstimate}), if knowable
     */
    static String of(IngestProgress progress, OptionalLong expected) {
        long done = IngestEstimate.unitsDone(progress);
        double seconds = progress.elapsed().toNanos() / 1e9;
        StringBuilder line = new StringBuilder("ingest: ");
        line.append(String.format(Locale.ROOT, "%,d", progress.read()));
        if (expected.isPresent() && expected.getAsLong() > 0) {
            long total = expected.getAsLong();
            line.append(String.format(Locale.ROOT, "/%,d (%d%%)", Math.max(total, progress.read()),
                    Math.min(100, done * 100 / total)));
        }
        line.append(String.format(Locale.ROOT, " read, %,d added", progress.added()));
        if (progress.failedArticles() + progress.failedInputs() > 0) {
            line.append(String.format(Locale.ROOT, ", %,d failed", progress.failedArticles() + progress.failedInputs()));
        }
        line.append(String.format(Locale.ROOT, ", %.0f/s", progress.rate()));
        if (expected.isPresent() && done > 0 && seconds > 0) {
            long left = Math.max(0, expected.getAsLong() - done);
            line.append(", ETA ").append(clock(Math.round(left * seconds / done)));
        } else {
            line.append(", ").append(clock(Math.round(seconds))).append(" elapsed");
        }
        return line.toString();
    }

    /** Seconds as m:ss, or h:mm:ss from an hour up. */
    static String clock(long seconds) {
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
