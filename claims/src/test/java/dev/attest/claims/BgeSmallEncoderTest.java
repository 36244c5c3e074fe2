package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class BgeSmallEncoderTest {
    private static final BgeSmallEncoder BGE = new BgeSmallEncoder();

    @Test
    void aQueryIsClosestToThePassageThatAnswersIt() {
        float[] query = BGE.encodeQuery("migrants hurt Mexican soldiers at the border");
        float[] answer = BGE.encode("Migrants injured Mexican troops during a border clash.");
        float[] other = BGE.encode("The bakery sells fresh bread every morning.");
        assertThat(query).hasSize(BgeSmallEncoder.DIMENSIONS);
        assertThat(dot(query, query)).isCloseTo(1.0, Offset.offset(1e-3));
        assertThat(dot(query, answer)).isGreaterThan(dot(query, other) + 0.2);
    }

    @Test
    void aQueryIsEmbeddedWithTheRetrievalInstructionAPassageWithout() {
        String text = "The Golden Gate bridge closed in 2019.";
        assertThat(dot(BGE.encodeQuery(text), BGE.encode(text))).isLessThan(0.999);
        assertThat(BGE.encode(text)).containsExactly(BGE.encode("  " + text + "\n"), Offset.offset(1e-6f));
    }

    @Test
    void acceptsEmptyAndOddText() {
        for (String odd : new String[] {"", " ", "\uD800", "\u0000", "\u200b", "😀"}) {
            assertThat(BGE.encode(odd)).hasSize(BgeSmallEncoder.DIMENSIONS);
            assertThat(BGE.encodeQuery(odd)).hasSize(BgeSmallEncoder.DIMENSIONS);
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
