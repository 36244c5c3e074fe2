package dev.attest.store;

/**
 * When two claims of different articles count as the same claim, by the cosine of their MiniLM vectors. As in
 * fact-checking practice there are two levels: {@code suggest} shows a possible match for a person to confirm,
 * {@code confirm} is confident enough to link without one. How the defaults were calibrated: docs/decisions.md.
 */
public record ClaimLinkThresholds(double suggest, double confirm) {
    /** Calibrated on Emergent headlines ({@code attest eval grouping}); see docs/decisions.md. */
    public static final ClaimLinkThresholds DEFAULT = new ClaimLinkThresholds(0.70, 0.85);

    public ClaimLinkThresholds {
        if (!(suggest > -1 && suggest <= confirm && confirm <= 1)) {
            throw new IllegalArgumentException("need -1 < suggest <= confirm <= 1, got " + suggest + " and " + confirm);
        }
    }

    public LinkStrength strength(double cosine) {
        return cosine >= confirm ? LinkStrength.CONFIRMED : cosine >= suggest ? LinkStrength.SUGGESTED : null;
    }

    public enum LinkStrength {
        SUGGESTED, CONFIRMED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
