package dev.attest.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MinHashTest {
    /** The similarity from which spark's quote linker calls two quotes near copies. */
    private static final double NEAR = 0.6;
    private static final String QUOTE = "we will not raise fares for the people who ride our buses every day";

    @Test
    void identicalKeysHaveIdenticalSignaturesAndBands() {
        assertThat(MinHash.signature(QUOTE)).isEqualTo(MinHash.signature(QUOTE));
        assertThat(MinHash.similarity(MinHash.signature(QUOTE), MinHash.signature(QUOTE))).isEqualTo(1.0);
    }

    @Test
    void aLightEditStaysSimilarAndSharesABand() {
        long[] a = MinHash.signature(QUOTE);
        long[] b = MinHash.signature(QUOTE + " this year");
        // true bigram Jaccard is 12/14 = 0.86
        assertThat(MinHash.similarity(a, b)).isGreaterThan(NEAR);
        assertThat(sharesBand(a, b)).isTrue();
    }

    @Test
    void differentQuotesOnTheSameTopicDoNotMeet() {
        long[] a = MinHash.signature(QUOTE);
        long[] b = MinHash.signature("the people who ride our buses deserve a council that listens to them");
        assertThat(MinHash.similarity(a, b)).isLessThan(NEAR);
        assertThat(sharesBand(a, b)).isFalse();
    }

    @Test
    void longerShinglesSeparateTextsThatShareManyWordPairs() {
        String a = "the council voted on monday to raise the budget for road repairs by ten percent next year";
        String b = "the council voted on tuesday to raise the budget for school repairs by five percent next year";
        assertThat(MinHash.similarity(MinHash.signature(a, 3), MinHash.signature(b, 3)))
                .isLessThan(MinHash.similarity(MinHash.signature(a, 2), MinHash.signature(b, 2)));
        assertThat(MinHash.signature(a, 3)).isEqualTo(MinHash.signature(a, 3));
    }

    @Test
    void aKeyShorterThanOneShingleIsOneShingle() {
        assertThat(MinHash.signature("two words", 3)).isEqualTo(MinHash.signature("two words", 3)).doesNotContain(-1L);
    }

    @Test
    void aOneWordKeyStillHasASignature() {
        assertThat(MinHash.signature("hello")).hasSize(MinHash.SIZE).doesNotContain(-1L);
    }

    private static boolean sharesBand(long[] a, long[] b) {
        long[] x = MinHash.bands(a);
        long[] y = MinHash.bands(b);
        return Arrays.stream(x).anyMatch(band -> Arrays.stream(y).anyMatch(other -> other == band));
    }
}
