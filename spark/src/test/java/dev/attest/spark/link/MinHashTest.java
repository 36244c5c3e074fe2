package dev.attest.spark.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MinHashTest {
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
        assertThat(MinHash.similarity(a, b)).isGreaterThan(QuoteLinker.NEAR_THRESHOLD);
        assertThat(sharesBand(a, b)).isTrue();
    }

    @Test
    void differentQuotesOnTheSameTopicDoNotMeet() {
        long[] a = MinHash.signature(QUOTE);
        long[] b = MinHash.signature("the people who ride our buses deserve a council that listens to them");
        assertThat(MinHash.similarity(a, b)).isLessThan(QuoteLinker.NEAR_THRESHOLD);
        assertThat(sharesBand(a, b)).isFalse();
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
