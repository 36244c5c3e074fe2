package dev.attest.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrfCountsTest {
    @Test
    void precisionRecallAndF1() {
        PrfCounts c = new PrfCounts(10, 5, 4, 4);
        assertThat(c.precision()).isEqualTo(0.8);
        assertThat(c.recall()).isEqualTo(0.4);
        assertThat(c.f1()).isCloseTo(2 * 0.8 * 0.4 / 1.2, within(1e-12));
    }

    @Test
    void zeroDenominatorsGiveZeroNotNaN() {
        PrfCounts nothingPredicted = new PrfCounts(7, 0, 0, 0);
        assertThat(nothingPredicted.precision()).isZero();
        assertThat(nothingPredicted.recall()).isZero();
        assertThat(nothingPredicted.f1()).isZero();
        assertThat(PrfCounts.ZERO.f1()).isZero();
    }

    @Test
    void countsAdd() {
        assertThat(new PrfCounts(2, 3, 1, 1).plus(new PrfCounts(1, 1, 1, 1))).isEqualTo(new PrfCounts(3, 4, 2, 2));
    }
}
