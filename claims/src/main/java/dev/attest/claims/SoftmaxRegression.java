package dev.attest.claims;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Multinomial logistic regression over sparse features (AdaGrad SGD, L2 on touched weights), the
 * multi-class sibling of {@link LogisticRegression}. Optional class weights let a rare class
 * ("disagree", "against") count for more than its share of the data.
 */
final class SoftmaxRegression {
    private SoftmaxRegression() {}

    /** Weights per class; {@code w[k][size]} is class k's bias. */
    static float[][] train(List<SparseVector> x, int[] y, int classes, int size, double[] classWeight,
            LogisticRegression.Options o) {
        float[][] w = new float[classes][size + 1];
        float[][] g2 = new float[classes][size + 1];
        int[] order = java.util.stream.IntStream.range(0, x.size()).toArray();
        SplittableRandom rnd = new SplittableRandom(o.seed());
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i : order) {
                SparseVector v = x.get(i);
                double[] p = probabilities(w, v);
                double weight = classWeight == null ? 1 : classWeight[y[i]];
                for (int k = 0; k < classes; k++) {
                    double err = weight * (p[k] - (y[i] == k ? 1 : 0));
                    for (int n = 0; n < v.size(); n++) {
                        int f = v.indices()[n];
                        double g = err * v.values()[n] + o.l2() * w[k][f];
                        g2[k][f] += (float) (g * g);
                        w[k][f] -= (float) (o.learningRate() * g / Math.sqrt(g2[k][f] + 1e-8));
                    }
                    g2[k][size] += (float) (err * err);
                    w[k][size] -= (float) (o.learningRate() * err / Math.sqrt(g2[k][size] + 1e-8));
                }
            }
        }
        return w;
    }

    static double[] probabilities(float[][] w, SparseVector v) {
        double[] z = new double[w.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < w.length; k++) {
            z[k] = v.dot(w[k]) + w[k][w[k].length - 1];
            max = Math.max(max, z[k]);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < z.length; k++) {
            z[k] /= sum;
        }
        return z;
    }

    static int predict(float[][] w, SparseVector v) {
        double[] p = probabilities(w, v);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }
}
