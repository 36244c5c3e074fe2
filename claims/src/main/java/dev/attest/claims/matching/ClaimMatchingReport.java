package dev.attest.claims.matching;

/**
 * Claim-matching quality over a query set.
 *
 * @param map5    mean average precision at 5 (the official CheckThat! 2020 task 2 measure)
 * @param mrr     mean reciprocal rank of the first relevant claim within the re-ranked candidates
 * @param p1      precision at 1
 * @param recall  share of queries with a relevant claim among the candidates at all: the ceiling of re-ranking
 * @param queries queries scored (those with at least one relevant claim)
 */
public record ClaimMatchingReport(double map5, double mrr, double p1, double recall, int queries) {
}
