package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StanceReportTest {

    @Test
    void computesTheFncWeightedScoreAsTheOfficialScorerDoes() {
        // gold rows x predicted columns, labels agree, disagree, discuss, unrelated
        int[][] confusion = {
            {2, 1, 0, 1},   // agree: 2 exact (1.0 each), 1 wrong related label (0.25), 1 called unrelated (0)
            {0, 0, 0, 0},
            {0, 0, 3, 0},   // discuss: 3 exact
            {1, 0, 0, 4}};  // unrelated: 1 called related (0), 4 exact (0.25 each)
        StanceReport r = new StanceReport("fnc1", "x", StanceDatasets.FNC_LABELS, confusion, "test", 0);
        assertThat(r.fncScore()).isCloseTo(2 + 0.25 + 3 + 1, within(1e-9));
        assertThat(r.fncMaxScore()).isCloseTo(4 + 3 + 5 * 0.25, within(1e-9));
        assertThat(r.accuracy()).isCloseTo(9.0 / 12, within(1e-9));
    }

    @Test
    void macroF1AveragesEveryLabelIncludingAbsentOnes() {
        int[][] confusion = {{5, 0, 0}, {0, 5, 0}, {0, 0, 0}};
        StanceReport r = new StanceReport("emergent", "x", StanceDatasets.EMERGENT_LABELS, confusion, "test", 0);
        assertThat(r.f1(0)).isEqualTo(1.0);
        assertThat(r.macroF1()).isCloseTo(2.0 / 3, within(1e-9));
    }
}
