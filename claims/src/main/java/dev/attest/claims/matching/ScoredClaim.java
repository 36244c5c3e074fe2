package dev.attest.claims.matching;

/** A verified claim's id with a retrieval score; higher is better, scales differ between retrievers. */
public record ScoredClaim(String claimId, double score) {
}
