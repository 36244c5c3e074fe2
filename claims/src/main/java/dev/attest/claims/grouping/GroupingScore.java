package dev.attest.claims.grouping;

/**
 * Pairwise agreement of a predicted grouping with the gold one: a pair of articles is a true positive when both put
 * it in one group. {@code threshold} is the similarity the grouping was cut at.
 */
public record GroupingScore(double threshold, long truePairs, long predictedPairs, long goldPairs, int predictedGroups) {
    /** 1 when nothing is grouped (no claim of sameness is wrong). */
    public double precision() {
        return predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs;
    }

    public double recall() {
        return goldPairs == 0 ? 0 : (double) truePairs / goldPairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
