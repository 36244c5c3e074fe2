package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    @Test
    void learnsASeparableProblemAndIsDeterministic() {
        SplittableRandom rnd = new SplittableRandom(7);
        List<SparseVector> x = new ArrayList<>();
        boolean[] y = new boolean[400];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 2 == 0;
            // Feature 0 says the label; feature 1 is noise.
            x.add(new SparseVector(new int[] {0, 1}, new float[] {y[i] ? 1f : -1f, (float) rnd.nextDouble()}));
        }
        var options = new LogisticRegression.Options(5, 0.1, 1e-5, 1);
        float[] w = LogisticRegression.train(x, y, 2, options);
        assertThat(LogisticRegression.probability(w, new SparseVector(new int[] {0}, new float[] {1f}))).isGreaterThan(0.9);
        assertThat(LogisticRegression.probability(w, new SparseVector(new int[] {0}, new float[] {-1f}))).isLessThan(0.1);
        assertThat(LogisticRegression.train(x, y, 2, options)).containsExactly(w);
    }
}
