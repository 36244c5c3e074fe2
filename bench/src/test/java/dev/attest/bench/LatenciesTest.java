package dev.attest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void percentilesAreNearestRankSamples() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[99 - i] = (i + 1) * 1_000_000L; // 1..100 ms, given in reverse order
        }
        Latencies l = Latencies.ofNanos(nanos);
        assertThat(l.count()).isEqualTo(100);
        assertThat(l.p50Millis()).isEqualTo(50.0);
        assertThat(l.p90Millis()).isEqualTo(90.0);
        assertThat(l.p99Millis()).isEqualTo(99.0);
        assertThat(l.maxMillis()).isEqualTo(100.0);
        assertThat(l.meanMillis()).isEqualTo(50.5);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Latencies l = Latencies.ofNanos(new long[] {3_000_000L});
        assertThat(l.p50Millis()).isEqualTo(3.0);
        assertThat(l.p99Millis()).isEqualTo(3.0);
    }

    @Test
    void noSamplesIsAnError() {
        assertThatThrownBy(() -> Latencies.ofNanos(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
