package dev.attest.spark;

import java.util.Locale;

/**
 * What a run produced and how long it took. {@code analyseSeconds} covers planning, reading, extraction (and claim
 * analysis) and writing the ledger tables (the part that scales with cores); {@code linkSeconds} the quote-linking stage.
 * {@code analyseCpuSeconds} is the CPU time this JVM spent meanwhile: in local mode that is the whole job, and
 * unlike wall time it does not grow when other programs share the machine, so it gives articles per core-hour.
 *
 * @param claims     rows of {@code claims}, or -1 when claim analysis was skipped
 * @param disputes   rows of {@code disputes}, or -1 when claim analysis was skipped
 * @param quoteLinks rows of {@code quote_links}, or -1 when linking was skipped
 */
public record JobSummary(long articles, long statements, long speakers, long claims, long disputes, long errors,
        long quoteLinks,
        int partitions, long inputBytes, double analyseSeconds, double analyseCpuSeconds, double linkSeconds) {

    public double articlesPerSecond() {
        return analyseSeconds > 0 ? articles / analyseSeconds : 0;
    }

    public double articlesPerCpuSecond() {
        return analyseCpuSeconds > 0 ? articles / analyseCpuSeconds : 0;
    }

    public String line(String output) {
        return String.format(Locale.ROOT,
                "attest-spark: %d articles, %d statements, %d speakers, %s%d errors%s from %d bytes in %d partitions; "
                        + "analyse+write %.1f s (%.1f articles/s; %.1f s CPU in this JVM, %.1f articles/CPU-s)%s -> %s",
                articles, statements, speakers,
                claims >= 0 ? claims + " claims, " + disputes + " disputes, " : "", errors, quoteLinks >= 0 ? ", " + quoteLinks + " quote links" : "",
                inputBytes, partitions, analyseSeconds, articlesPerSecond(), analyseCpuSeconds, articlesPerCpuSecond(),
                quoteLinks >= 0 ? String.format(Locale.ROOT, ", links %.1f s", linkSeconds) : "", output);
    }
}
