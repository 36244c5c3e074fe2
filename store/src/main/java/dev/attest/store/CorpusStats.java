package dev.attest.store;

/**
 * Counts over the store. {@code claims} stays 0 until claim extraction writes into the store; the key exists now
 * so scripts can rely on it.
 *
 * @param links  pairs of statements in different articles that carry the same quote (see {@link QuoteAppearances})
 * @param copies articles recognised as exact copies of a stored one (same text, another URL), kept as pointers
 */
public record CorpusStats(long articles, long statements, long claims, long speakers, long links, long copies) {
}
