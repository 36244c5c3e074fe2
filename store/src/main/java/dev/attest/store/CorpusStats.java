package dev.attest.store;

/**
 * Counts over the store.
 *
 * @param claims claims stored with their articles (0 for a store filled with {@code --no-claims})
 * @param links  pairs of statements in different articles that carry the same quote (see {@link QuoteAppearances})
 * @param copies articles recognised as copies of a stored one (the same text, or a near-duplicate wire copy, under
 *               another URL), kept as pointers
 */
public record CorpusStats(long articles, long statements, long claims, long speakers, long links, long copies) {
}
