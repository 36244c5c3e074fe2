package dev.attest.store;

/**
 * Counts over the store. {@code claims} and {@code links} stay 0 until claim extraction and cross-article
 * linking write into the store; the keys exist now so scripts can rely on them.
 *
 * @param copies articles recognised as exact copies of a stored one (same text, another URL), kept as pointers
 */
public record CorpusStats(long articles, long statements, long claims, long speakers, long links, long copies) {
}
