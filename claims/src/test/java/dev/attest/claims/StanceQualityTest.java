package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI gate for stance: cross-validated scores may not drop more than 0.01 below what was
 * measured. To keep the module's tests within a minute on two shared cores, the gate runs on fixed
 * subsets (the whole sets take 15 s and a minute; `attest eval stance` reports those): Emergent
 * claims whose id hashes even (about half), FNC-1 bodies whose id is a multiple of 12.
 */
class StanceQualityTest {
    static final double EMERGENT_HALF_ACCURACY = 0.7296;
    static final double EMERGENT_HALF_MACRO_F1 = 0.7184;
    static final double FNC_TWELFTH_RELATIVE = 0.8455;
    static final double FNC_TWELFTH_MACRO_F1 = 0.6002;

    @Test
    void emergentStaysAboveTheFloor() throws Exception {
        Path file = SharedData.require("data/claims/emergent/url-versions-2015-06-14-clean-train.csv");
        List<StancePair> half = StanceDatasets.emergent(file).stream().filter(p -> (p.group().hashCode() & 1) == 0).toList();
        StanceReport r = new StanceEvaluator(Analyzers.encoder()).emergent(half, file + " (claims with even id hash)");
        assertThat(r.total()).isEqualTo(1043);
        assertThat(r.accuracy()).isGreaterThanOrEqualTo(EMERGENT_HALF_ACCURACY - 0.01);
        assertThat(r.macroF1()).isGreaterThanOrEqualTo(EMERGENT_HALF_MACRO_F1 - 0.01);
    }

    @Test
    void fnc1StaysAboveTheFloor() throws Exception {
        Path dir = SharedData.require("data/claims/fnc1");
        List<StancePair> twelfth = StanceDatasets.fnc1(dir).stream().filter(p -> Integer.parseInt(p.group()) % 12 == 0).toList();
        StanceReport r = new StanceEvaluator(Analyzers.encoder()).fnc1(twelfth, dir + " (bodies with id % 12 == 0)");
        assertThat(r.total()).isEqualTo(1019);
        assertThat(r.fncScore() / r.fncMaxScore()).isGreaterThanOrEqualTo(FNC_TWELFTH_RELATIVE - 0.01);
        assertThat(r.macroF1()).isGreaterThanOrEqualTo(FNC_TWELFTH_MACRO_F1 - 0.01);
    }
}
