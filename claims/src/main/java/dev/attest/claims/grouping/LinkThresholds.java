package dev.attest.claims.grouping;

/**
 * Where {@link HeadlineSimilarity} turns into a link between two articles' claims: at {@code suggest} or above the
 * articles likely report the same claim (best pairwise F1 when grouping), at {@code confirm} or above they do with
 * pairwise precision 0.95 or better. Calibrated on the even half of Emergent's claims (by claim-id hash) by
 * {@code attest eval grouping --dataset emergent FILE}, which also checks them on the odd half.
 */
public record LinkThresholds(double lexicalWeight, double suggest, double confirm) {
    /** Calibrated on Emergent's even half; see docs/decisions.md. */
    public static final LinkThresholds EMERGENT = new LinkThresholds(0.4, 0.37, 0.47);

    public LinkThresholds {
        if (lexicalWeight < 0 || lexicalWeight > 1) {
            throw new IllegalArgumentException("lexical weight must be in [0, 1]: " + lexicalWeight);
        }
        if (confirm < suggest) {
            throw new IllegalArgumentException("confirm threshold " + confirm + " is below suggest " + suggest);
        }
    }
}
