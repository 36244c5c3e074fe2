package dev.attest.store;

import java.time.Duration;
import java.util.Locale;

/**
 * Counts of an ingest so far (or at its end).
 *
 * @param files           files opened
 * @param skippedFiles    files in source directories not read because their extension is not an article format
 * @param read            articles read from them
 * @param added           new articles stored with their ledgers
 * @param alreadyStored   articles skipped because their key was stored (a rerun, or the same URL again)
 * @param copies          articles whose text was stored under another key, recorded as copies
 * @param failedInputs    inputs (files) with an error: unreadable, or with bad records
 * @param failedArticles  articles the pipeline could not analyse
 */
public record IngestProgress(long files, long skippedFiles, long read, long added, long alreadyStored, long copies,
                             long failedInputs, long failedArticles, Duration elapsed) {
    /** Articles read per second. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : read / seconds;
    }

    public boolean hadErrors() {
        return failedInputs > 0 || failedArticles > 0;
    }

    /** One plain log line, e.g. for standard error. */
    public String summary() {
        return String.format(Locale.ROOT,
                "%d files (%d others skipped), %d articles read: %d added, %d already stored, %d copies, %d failed; %.1f s, %.0f articles/s",
                files, skippedFiles, read, added, alreadyStored, copies, failedArticles, elapsed.toNanos() / 1e9, rate());
    }
}
