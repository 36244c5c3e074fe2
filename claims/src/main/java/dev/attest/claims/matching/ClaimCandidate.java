package dev.attest.claims.matching;

import java.util.Objects;

/**
 * A verified claim proposed for a query by first-stage retrieval, with what re-ranking needs: its BM25 score for
 * the query (0 when BM25 did not find it, e.g. a candidate found by embeddings only), the unit-length MiniLM
 * embeddings of its wording and of its headline ({@code null} when it has no headline), and the retrieval encoder's
 * (bge's) embedding of its {@link VerifiedClaim#passage passage}.
 */
public record ClaimCandidate(VerifiedClaim claim, double bm25, float[] textEmbedding, float[] titleEmbedding,
        float[] retrievalEmbedding) {
    public ClaimCandidate {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(textEmbedding, "textEmbedding");
        Objects.requireNonNull(retrievalEmbedding, "retrievalEmbedding");
        if (bm25 < 0 || Double.isNaN(bm25)) {
            throw new IllegalArgumentException("BM25 score must be >= 0: " + bm25);
        }
    }
}
