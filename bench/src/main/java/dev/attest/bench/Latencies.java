package dev.attest.bench;

import java.util.Arrays;

/**
 * A summary of measured durations: nearest-rank percentiles, so p99 of 2,000 samples is the 1,980th fastest and
 * never an interpolation between two runs.
 *
 * @param count samples
 * @param meanMillis arithmetic mean
 */
public record Latencies(int count, double meanMillis, double p50Millis, double p90Millis, double p99Millis, double maxMillis) {

    /** Summarises durations given in nanoseconds; at least one is needed. */
    public static Latencies ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples to summarise");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new Latencies(sorted.length, sum / sorted.length / 1e6, percentile(sorted, 50) / 1e6,
                percentile(sorted, 90) / 1e6, percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** The smallest sample with at least {@code p} percent of the samples at or below it. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
