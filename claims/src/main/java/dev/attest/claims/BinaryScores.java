package dev.attest.claims;

/** Counts of a binary decision against gold, with precision, recall and F1 of the positive class. */
public record BinaryScores(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    public static BinaryScores of(double[] scores, boolean[] gold, double threshold) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= threshold;
            if (predicted && gold[i]) tp++;
            else if (predicted) fp++;
            else if (gold[i]) fn++;
            else tn++;
        }
        return new BinaryScores(tp, fp, fn, tn);
    }

    public int total() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, total());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
