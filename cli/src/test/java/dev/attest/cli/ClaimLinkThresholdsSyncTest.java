package dev.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.claims.grouping.LinkThresholds;
import dev.attest.store.ClaimLinkThresholds;
import org.junit.jupiter.api.Test;

/** The store cannot see the claims module, so it keeps its own copy of the calibrated link thresholds: the same ones. */
class ClaimLinkThresholdsSyncTest {
    @Test
    void theStoreLinksClaimsWithTheThresholdsCalibratedOnEmergent() {
        ClaimLinkThresholds store = ClaimLinkThresholds.DEFAULT;
        LinkThresholds calibrated = LinkThresholds.EMERGENT;
        assertThat(store.lexicalWeight()).isEqualTo(calibrated.lexicalWeight());
        assertThat(store.suggest()).isEqualTo(calibrated.suggest());
        assertThat(store.confirm()).isEqualTo(calibrated.confirm());
    }
}
