package dev.attest.store;

/**
 * @param batchSize new articles analysed and committed together: a kill loses at most one batch of work,
 *                  and each commit costs an fsync, so a few hundred balances both
 * @param threads   threads analysing a batch in parallel; writing stays on one thread
 */
public record IngestOptions(int batchSize, int threads) {
    public static final int DEFAULT_BATCH_SIZE = 200;

    public IngestOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_BATCH_SIZE, Runtime.getRuntime().availableProcessors());
    }

    public IngestOptions withBatchSize(int size) {
        return new IngestOptions(size, threads);
    }

    public IngestOptions withThreads(int n) {
        return new IngestOptions(batchSize, n);
    }
}
