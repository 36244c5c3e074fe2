package dev.attest.claims;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Binary logistic regression over sparse features, trained by stochastic gradient descent with
 * AdaGrad step sizes and L2 regularisation applied to the weights a sample touches. Written here
 * because the model is one dot product at scoring time and the training set (22k sentences) fits
 * in memory; a library would add weight, not accuracy.
 */
final class LogisticRegression {
    record Options(int epochs, double learningRate, double l2, long seed) {
        static Options defaults() {
            return new Options(12, 0.1, 1e-5, 20261127L);
        }
    }

    /** Trained weights; {@code weights[size]} is the bias. */
    static float[] train(List<SparseVector> x, boolean[] y, int size, Options o) {
        if (x.size() != y.length) {
            throw new IllegalArgumentException("features and labels differ in count");
        }
        float[] w = new float[size + 1];
        float[] g2 = new float[size + 1];
        int[] order = new int[x.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom rnd = new SplittableRandom(o.seed());
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            shuffle(order, rnd);
            for (int i : order) {
                SparseVector v = x.get(i);
                double p = sigmoid(v.dot(w) + w[size]);
                double err = p - (y[i] ? 1 : 0);
                for (int k = 0; k < v.size(); k++) {
                    int j = v.indices()[k];
                    double g = err * v.values()[k] + o.l2() * w[j];
                    g2[j] += (float) (g * g);
                    w[j] -= (float) (o.learningRate() * g / Math.sqrt(g2[j] + 1e-8));
                }
                g2[size] += (float) (err * err);
                w[size] -= (float) (o.learningRate() * err / Math.sqrt(g2[size] + 1e-8));
            }
        }
        return w;
    }

    static double probability(float[] w, SparseVector v) {
        return sigmoid(v.dot(w) + w[w.length - 1]);
    }

    static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    private static void shuffle(int[] a, SplittableRandom rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
