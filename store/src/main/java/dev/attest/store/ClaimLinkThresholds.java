package dev.attest.store;

import java.util.Locale;

/**
 * When two claims of different articles count as the same claim. Their similarity is
 * {@code lexicalWeight * lexical + (1 - lexicalWeight) * cosine}: lexical is the BM25 score of one claim as a query
 * against the other divided by its score against itself (the better of the two directions, at most 1), cosine that
 * of their MiniLM vectors. As in fact-checking practice there are two levels: {@code suggest} shows a possible match
 * for a person to confirm, {@code confirm} is confident enough to link without one.
 */
public record ClaimLinkThresholds(double lexicalWeight, double suggest, double confirm) {
    /**
     * Calibrated on the even half of Emergent (best pairwise F1 for suggest, pairwise precision 0.95 for confirm) by
     * {@code attest eval grouping}; the claims module's {@code LinkThresholds.EMERGENT} holds the same values and a
     * CLI test keeps the two equal. See docs/decisions.md.
     */
    public static final ClaimLinkThresholds DEFAULT = new ClaimLinkThresholds(0.4, 0.37, 0.47);

    public ClaimLinkThresholds {
        if (!(lexicalWeight >= 0 && lexicalWeight <= 1)) {
            throw new IllegalArgumentException("lexical weight must be in [0, 1], got " + lexicalWeight);
        }
        if (!(suggest > -1 && suggest <= confirm && confirm <= 1)) {
            throw new IllegalArgumentException("need -1 < suggest <= confirm <= 1, got " + suggest + " and " + confirm);
        }
    }

    public ClaimLinkThresholds withSuggest(double s) {
        return new ClaimLinkThresholds(lexicalWeight, s, confirm);
    }

    public ClaimLinkThresholds withConfirm(double c) {
        return new ClaimLinkThresholds(lexicalWeight, suggest, c);
    }

    public double similarity(double lexical, double cosine) {
        return lexicalWeight * lexical + (1 - lexicalWeight) * cosine;
    }

    public LinkStrength strength(double similarity) {
        return similarity >= confirm ? LinkStrength.CONFIRMED : similarity >= suggest ? LinkStrength.SUGGESTED : null;
    }

    public enum LinkStrength {
        SUGGESTED, CONFIRMED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
