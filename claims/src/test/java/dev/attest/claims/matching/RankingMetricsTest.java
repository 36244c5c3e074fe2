package dev.attest.claims.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    @Test
    void averagePrecisionAtFiveDividesByAllRelevantClaims() {
        assertThat(RankingMetrics.averagePrecision(List.of("a", "b", "c"), Set.of("a"), 5)).isEqualTo(1.0);
        assertThat(RankingMetrics.averagePrecision(List.of("x", "a"), Set.of("a"), 5)).isEqualTo(0.5);
        assertThat(RankingMetrics.averagePrecision(List.of("x", "a", "y", "b"), Set.of("a", "b"), 5)).isCloseTo((0.5 + 0.5) / 2, within(1e-12));
        assertThat(RankingMetrics.averagePrecision(List.of("1", "2", "3", "4", "5", "a"), Set.of("a"), 5)).isZero();
    }

    @Test
    void reciprocalRankAndPrecisionAtOne() {
        assertThat(RankingMetrics.reciprocalRank(List.of("x", "y", "a"), Set.of("a"))).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(RankingMetrics.reciprocalRank(List.of("x"), Set.of("a"))).isZero();
        assertThat(RankingMetrics.precisionAt1(List.of("a", "x"), Set.of("a"))).isEqualTo(1.0);
        assertThat(RankingMetrics.precisionAt1(List.of(), Set.of("a"))).isZero();
    }
}
