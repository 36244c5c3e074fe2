package dev.attest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobOptionsTest {
    @Test
    void claimsAndLinksRunUnlessSwitchedOff() {
        JobOptions all = JobOptions.parse("--input", "a", "b", "--output", "out");
        assertThat(all.claims()).isTrue();
        assertThat(all.links()).isTrue();
        assertThat(all.inputs()).containsExactly("a", "b");

        JobOptions statementsOnly = JobOptions.parse("--input", "a", "--output", "out", "--no-claims", "--no-links");
        assertThat(statementsOnly.claims()).isFalse();
        assertThat(statementsOnly.links()).isFalse();
    }
}
