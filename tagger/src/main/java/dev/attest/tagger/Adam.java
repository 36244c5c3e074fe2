package dev.attest.tagger;

/** Adam over flat parameter arrays; gradients are summed over a step and cleared after it. Used by both trainers. */
final class Adam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;
    private final float[][] params;
    private final float[][] m;
    private final float[][] v;
    double rate;
    private int step;

    Adam(float[][] params, double rate) {
        this.params = params;
        this.rate = rate;
        this.m = new float[params.length][];
        this.v = new float[params.length][];
        for (int i = 0; i < params.length; i++) {
            m[i] = new float[params[i].length];
            v[i] = new float[params[i].length];
        }
    }

    /** One update from gradients summed over {@code batch} examples; clears the gradients. */
    void step(float[][] grads, int batch) {
        step++;
        float c1 = (float) (rate / (1 - Math.pow(BETA1, step)));
        float c2 = (float) (1 / (1 - Math.pow(BETA2, step)));
        float inv = 1f / batch;
        for (int i = 0; i < params.length; i++) {
            float[] p = params[i];
            float[] g = grads[i];
            float[] mi = m[i];
            float[] vi = v[i];
            for (int j = 0; j < p.length; j++) {
                float gj = g[j] * inv;
                mi[j] = (float) (BETA1 * mi[j] + (1 - BETA1) * gj);
                vi[j] = (float) (BETA2 * vi[j] + (1 - BETA2) * gj * gj);
                p[j] -= c1 * mi[j] / ((float) Math.sqrt(vi[j] * c2) + (float) EPSILON);
                g[j] = 0f;
            }
        }
    }
}
