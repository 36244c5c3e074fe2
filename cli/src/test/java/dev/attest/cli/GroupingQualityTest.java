package dev.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.attest.claims.SentenceEncoder;
import dev.attest.claims.grouping.EmergentCsv;
import dev.attest.claims.grouping.LinkThresholds;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * CI gate for grouping articles that report the same claim (Emergent train file): pairwise F1 on the held-out odd
 * half must stay within 0.01 of what was measured, and calibration on the even half must still give the
 * thresholds the store uses ({@link LinkThresholds#EMERGENT}), so those cannot silently go stale.
 */
class GroupingQualityTest {
    // measured 2026-11-27: attest eval grouping --dataset emergent .../url-versions-2015-06-14-clean-train.csv, minus 0.01
    private static final double F1 = 0.8837 - 0.01;

    @Test
    void headlineGroupingKeepsItsF1AndItsCalibratedThresholdsOnEmergent() throws IOException {
        Path file = SharedData.require("data/claims/emergent/url-versions-2015-06-14-clean-train.csv");

        GroupingCommand.Result r = GroupingCommand.run(EmergentCsv.read(file), new SentenceEncoder());

        System.out.printf("Emergent odd half: P %.4f R %.4f F1 %.4f at %s%n",
                r.suggest().precision(), r.suggest().recall(), r.suggest().f1(), r.calibration().thresholds());
        assertThat(r.suggest().f1()).isGreaterThanOrEqualTo(F1);
        LinkThresholds t = r.calibration().thresholds();
        assertThat(t.lexicalWeight()).isCloseTo(LinkThresholds.EMERGENT.lexicalWeight(), within(1e-9));
        assertThat(t.suggest()).isCloseTo(LinkThresholds.EMERGENT.suggest(), within(1e-9));
        assertThat(t.confirm()).isCloseTo(LinkThresholds.EMERGENT.confirm(), within(1e-9));
    }
}
