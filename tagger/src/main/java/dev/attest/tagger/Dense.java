package dev.attest.tagger;

import java.util.Random;

/**
 * The dense-layer arithmetic both heads and their trainers share: flat row-major weights ({@code inputs x units}),
 * products that skip zero inputs (ReLU and dropout leave many), and the output layer's backward pass.
 */
final class Dense {
    private Dense() {
    }

    /** {@code into[k] = sum_j x[j] * w[j * units + k]} over the first {@code n} inputs. */
    static void multiply(float[] x, int n, float[] w, int units, float[] into) {
        java.util.Arrays.fill(into, 0, units, 0f);
        accumulate(x, n, w, units, into);
    }

    /** {@code into[k] += sum_j x[j] * w[j * units + k]} over the first {@code n} inputs, in input order. */
    static void accumulate(float[] x, int n, float[] w, int units, float[] into) {
        for (int j = 0; j < n; j++) {
            float v = x[j];
            if (v == 0f) {
                continue;
            }
            int row = j * units;
            for (int k = 0; k < units; k++) {
                into[k] += v * w[row + k];
            }
        }
    }

    /** Rectifies the first {@code n} values in place. */
    static void relu(float[] h, int n) {
        for (int k = 0; k < n; k++) {
            if (h[k] < 0f) {
                h[k] = 0f;
            }
        }
    }

    /** {@code g[j * units + k] += x[j] * d[k]} over the first {@code n} inputs: a weight gradient. */
    static void addOuter(float[] x, int n, float[] d, float[] g, int units) {
        for (int j = 0; j < n; j++) {
            float v = x[j];
            if (v == 0f) {
                continue;
            }
            int row = j * units;
            for (int k = 0; k < units; k++) {
                g[row + k] += v * d[k];
            }
        }
    }

    /** Output scores {@code out = b2 + h · w2} for {@code b2.length} outputs. */
    static void outputs(float[] h, float[] w2, float[] b2, float[] out) {
        int outputs = b2.length;
        System.arraycopy(b2, 0, out, 0, outputs);
        for (int k = 0; k < h.length; k++) {
            float a = h[k];
            if (a != 0f) {
                int row = k * outputs;
                for (int o = 0; o < outputs; o++) {
                    out[o] += a * w2[row + o];
                }
            }
        }
    }

    /**
     * Output-layer gradients into {@code gw2}/{@code gb2} and the gradient at the hidden pre-activation into
     * {@code dH}; {@code unitScale} is d(hidden output)/d(ReLU output) of a kept unit, 1/keep under dropout.
     */
    static void backwardOutputs(float[] h, float[] dOut, float[] w2, float[] gw2, float[] gb2, float[] dH, float unitScale) {
        int outputs = gb2.length;
        for (int o = 0; o < outputs; o++) {
            gb2[o] += dOut[o];
        }
        for (int k = 0; k < h.length; k++) {
            float a = h[k];
            int row = k * outputs;
            float back = 0;
            for (int o = 0; o < outputs; o++) {
                gw2[row + o] += a * dOut[o];
                back += dOut[o] * w2[row + o];
            }
            dH[k] = a > 0f ? back * unitScale : 0f;
        }
    }

    static float[] gaussian(Random random, int n, double sd) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (random.nextGaussian() * sd);
        }
        return a;
    }

    /**
     * Inverted hidden-unit dropout from its own xorshift stream, so a seed gives the same masks in every run and
     * the trainers stay deterministic.
     */
    static final class Dropout {
        private final double rate;
        private final float keep;
        private long state;

        Dropout(double rate, long seed) {
            this.rate = rate;
            this.keep = (float) (1 - rate);
            this.state = seed | 1;
        }

        /** Zeroes each of {@code h}'s units with probability {@code rate} and scales the kept ones by 1/keep. */
        void apply(float[] h) {
            for (int k = 0; k < h.length; k++) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                h[k] = (state >>> 11) * 0x1.0p-53 < rate ? 0f : h[k] / keep;
            }
        }
    }
}
