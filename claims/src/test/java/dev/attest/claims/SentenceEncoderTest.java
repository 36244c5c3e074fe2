package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

    @Test
    void embedsIntoUnitVectorsWhereParaphrasesAreCloser() {
        SentenceEncoder e = Analyzers.encoder();
        float[] a = e.encode("Mexican soldiers were hurt by the migrants.");
        float[] b = e.encode("Migrants injured Mexican troops.");
        float[] c = e.encode("The bakery sells fresh bread every morning.");
        assertThat(a).hasSize(SentenceEncoder.DIMENSIONS);
        assertThat(dot(a, a)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(dot(a, b)).isGreaterThan(dot(a, c) + 0.2);
    }

    @Test
    void acceptsEmptyAndOddText() {
        SentenceEncoder e = Analyzers.encoder();
        for (String odd : new String[] {"", " ", "\uD800", "\u0000", "\u200b", "\u00a0", "😀", "\uD800 😀 \u0000", "\u0007x"}) {
            assertThat(e.encode(odd)).as("embedding of %s", odd.codePoints().boxed().toList()).hasSize(SentenceEncoder.DIMENSIONS);
        }
    }

    private static double dot(float[] x, float[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
