package dev.attest.eval;

/**
 * Counts behind precision, recall and F1. Matched gold and matched predicted items are kept apart
 * because subsets (direct, indirect) classify gold and predictions independently, so one matched pair
 * can count on the gold side of one subset and the predicted side of the other.
 * A ratio with a zero denominator is 0, so that the JSON never holds NaN.
 */
public record PrfCounts(int gold, int predicted, int matchedGold, int matchedPredicted) {
    public static final PrfCounts ZERO = new PrfCounts(0, 0, 0, 0);

    public PrfCounts {
        if (gold < 0 || predicted < 0 || matchedGold < 0 || matchedPredicted < 0
                || matchedGold > gold || matchedPredicted > predicted) {
            throw new IllegalArgumentException("inconsistent counts: " + gold + "/" + predicted + "/"
                    + matchedGold + "/" + matchedPredicted);
        }
    }

    public double precision() {
        return ratio(matchedPredicted, predicted);
    }

    public double recall() {
        return ratio(matchedGold, gold);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public PrfCounts plus(PrfCounts other) {
        return new PrfCounts(gold + other.gold, predicted + other.predicted,
                matchedGold + other.matchedGold, matchedPredicted + other.matchedPredicted);
    }

    static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }
}
