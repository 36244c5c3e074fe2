package dev.attest.tagger;

import java.util.ArrayList;
import java.util.List;

/**
 * The most probable tag sequence of one role under the begin/inside/outside constraint (inside only after begin
 * or inside), by Viterbi over per-word log-probabilities; then the spans it marks, as word index ranges.
 */
final class BioDecoder {
    private BioDecoder() {
    }

    /** A decoded span: words {@code [first, last]} and the mean probability of its tags. */
    record WordRange(int first, int last, double confidence) {
    }

    /** {@code logProbs[w][tag]}: log-probabilities per word; returns the spans of the best valid sequence. */
    static List<WordRange> decode(double[][] logProbs) {
        int n = logProbs.length;
        if (n == 0) {
            return List.of();
        }
        double[][] score = new double[n][Tag.COUNT];
        int[][] back = new int[n][Tag.COUNT];
        for (int t = 0; t < Tag.COUNT; t++) {
            score[0][t] = t == Tag.INSIDE.ordinal() ? Double.NEGATIVE_INFINITY : logProbs[0][t];
        }
        for (int w = 1; w < n; w++) {
            for (int t = 0; t < Tag.COUNT; t++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = Tag.OUTSIDE.ordinal();
                for (int p = 0; p < Tag.COUNT; p++) {
                    if (t == Tag.INSIDE.ordinal() && p == Tag.OUTSIDE.ordinal()) {
                        continue;
                    }
                    if (score[w - 1][p] > best) {
                        best = score[w - 1][p];
                        arg = p;
                    }
                }
                score[w][t] = best + logProbs[w][t];
                back[w][t] = arg;
            }
        }
        int[] tags = new int[n];
        int last = 0;
        for (int t = 1; t < Tag.COUNT; t++) {
            if (score[n - 1][t] > score[n - 1][last]) {
                last = t;
            }
        }
        tags[n - 1] = last;
        for (int w = n - 1; w > 0; w--) {
            tags[w - 1] = back[w][tags[w]];
        }
        return ranges(tags, logProbs);
    }

    static List<WordRange> ranges(int[] tags, double[][] logProbs) {
        List<WordRange> ranges = new ArrayList<>();
        int start = -1;
        double sum = 0;
        for (int w = 0; w <= tags.length; w++) {
            int tag = w < tags.length ? tags[w] : Tag.OUTSIDE.ordinal();
            boolean continues = tag == Tag.INSIDE.ordinal() && start >= 0;
            if (start >= 0 && !continues) {
                ranges.add(new WordRange(start, w - 1, sum / (w - start)));
                start = -1;
            }
            if (tag == Tag.BEGIN.ordinal() || (tag == Tag.INSIDE.ordinal() && start < 0)) {
                start = w;
                sum = 0;
            }
            if (start >= 0) {
                sum += Math.exp(logProbs[w][tag]);
            }
        }
        return ranges;
    }
}
