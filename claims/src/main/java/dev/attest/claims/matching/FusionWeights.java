package dev.attest.claims.matching;

/**
 * How the hybrid matcher mixes its two signals: {@code lexical} times the BM25 score divided by the query's best
 * BM25 score, plus {@code 1 - lexical} times the cosine of MiniLM embeddings; {@code candidates} is how many BM25
 * results are re-ranked.
 *
 * <p>{@link #CT20} was chosen by grid search on CheckThat! 2020 task 2 <em>train</em> (800 tweets), never dev:
 * {@code attest eval claim-matching --dataset ct20 --claims verified_claims.docs.tsv train --tune}.
 */
public record FusionWeights(double lexical, int candidates) {
    public static final FusionWeights CT20 = new FusionWeights(0.25, 50);

    public FusionWeights {
        if (lexical < 0 || lexical > 1) {
            throw new IllegalArgumentException("lexical weight must be in [0, 1]: " + lexical);
        }
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be positive: " + candidates);
        }
    }

    public FusionWeights withLexical(double weight) {
        return new FusionWeights(weight, candidates);
    }
}
