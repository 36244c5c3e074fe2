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

    @Test
    void aRememberingEncoderRunsTheModelOnceForARepeatedSentenceAndHandsOutCopies() {
        SentenceEncoder e = SentenceEncoder.remembering(2);
        long before = e.modelRuns();
        float[] first = e.encode("The levy will cost 40 million dollars.");
        first[0] = 42f; // a caller changing its array must not change what is remembered
        float[] again = e.encode("  The levy will cost 40 million dollars.\n");
        assertThat(e.modelRuns() - before).isEqualTo(1);
        assertThat(again[0]).isNotEqualTo(42f);
        assertThat(again).containsExactly(Analyzers.encoder().encode("The levy will cost 40 million dollars."),
                org.assertj.core.data.Offset.offset(1e-6f));

        e.encode("A second sentence.");
        e.encode("A third sentence pushes the first out.");
        e.encode("The levy will cost 40 million dollars.");
        assertThat(e.modelRuns() - before).isEqualTo(4);
    }

    @Test
    void aPlainEncoderRunsTheModelForEverySentence() {
        SentenceEncoder e = Analyzers.encoder();
        long before = e.modelRuns();
        e.encode("Same words.");
        e.encode("Same words.");
        assertThat(e.modelRuns() - before).isEqualTo(2);
    }

    private static double dot(float[] x, float[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
