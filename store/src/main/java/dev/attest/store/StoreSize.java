package dev.attest.store;

/**
 * How many documents of each kind the store holds: the counts of {@link CorpusStats} that cost one index count
 * each, without the speaker directory and quote links that {@link CorpusStore#stats()} also builds (those walk
 * every statement, which the benchmark must not time or wait for).
 */
public record StoreSize(long articles, long statements, long claims, long copies) {
}
