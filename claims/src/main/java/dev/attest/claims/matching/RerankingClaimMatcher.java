package dev.attest.claims.matching;

import java.util.List;
import java.util.Objects;

/**
 * The shipped claim matcher: a {@link CandidateFinder} proposes claims by BM25 and by embedding, a
 * {@link ClaimReranker} trained on CT20 train ({@code attest train claim-matching}) orders them. Thread-safe when
 * the embedder is.
 */
public final class RerankingClaimMatcher {
    private final CandidateFinder finder;
    private final ClaimReranker reranker;

    public RerankingClaimMatcher(CandidateFinder finder, ClaimReranker reranker) {
        this.finder = Objects.requireNonNull(finder, "finder");
        this.reranker = Objects.requireNonNull(reranker, "reranker");
    }

    /** The candidates for {@code text}, best first, with the re-ranker's probabilities. */
    public List<ScoredClaim> rank(String text) {
        MatchQuery q = finder.query(text);
        return reranker.rank(q, finder.candidates(q));
    }
}
