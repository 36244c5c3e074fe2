package dev.attest.claims;

import java.util.List;

/**
 * Scores of a stance evaluation.
 *
 * @param labels    the data set's labels; {@code confusion[gold][predicted]} indexes them
 * @param protocol  how predictions were made (the cross-validation used), for the report
 */
public record StanceReport(String dataset, String path, List<String> labels, int[][] confusion, String protocol, double seconds) {
    public int total() {
        int n = 0;
        for (int[] row : confusion) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    public double accuracy() {
        int right = 0;
        for (int k = 0; k < labels.size(); k++) {
            right += confusion[k][k];
        }
        return total() == 0 ? 0 : (double) right / total();
    }

    public double f1(int k) {
        int tp = confusion[k][k];
        int predicted = 0;
        int gold = 0;
        for (int j = 0; j < labels.size(); j++) {
            predicted += confusion[j][k];
            gold += confusion[k][j];
        }
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double sum = 0;
        for (int k = 0; k < labels.size(); k++) {
            sum += f1(k);
        }
        return sum / labels.size();
    }

    /**
     * The FNC-1 weighted score: 0.25 for telling related from unrelated, 0.75 more for the right
     * label of a related pair. Only meaningful for FNC-1 labels.
     */
    public double fncScore() {
        int unrelated = labels.indexOf("unrelated");
        double score = 0;
        for (int g = 0; g < labels.size(); g++) {
            for (int p = 0; p < labels.size(); p++) {
                int n = confusion[g][p];
                if (g == p) {
                    score += n * (g == unrelated ? 0.25 : 1.0);
                } else if (g != unrelated && p != unrelated) {
                    score += n * 0.25;
                }
            }
        }
        return score;
    }

    /** The FNC-1 score of a perfect prediction. */
    public double fncMaxScore() {
        int unrelated = labels.indexOf("unrelated");
        double max = 0;
        for (int g = 0; g < labels.size(); g++) {
            int n = 0;
            for (int c : confusion[g]) {
                n += c;
            }
            max += n * (g == unrelated ? 0.25 : 1.0);
        }
        return max;
    }
}
