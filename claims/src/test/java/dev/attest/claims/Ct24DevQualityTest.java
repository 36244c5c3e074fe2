package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The CI gate for check-worthiness: F1 of class Yes on CheckThat! 2024 dev may not drop below what
 * the bundled model measured (0.883 when it was trained; the floor leaves 0.01 for noise). Retraining
 * or changing features that lowers it must lower this floor on purpose, in review.
 */
class Ct24DevQualityTest {
    static final double MEASURED_F1 = 0.883;
    static final double FLOOR = MEASURED_F1 - 0.01;

    @Test
    void devF1OfYesStaysAboveTheFloor() throws Exception {
        Path dev = SharedData.require("data/claims/checkthat2024-task1-en/CT24_checkworthy_english_dev.tsv");
        CheckworthinessEvaluator.Result r = new CheckworthinessEvaluator(Analyzers.standard().scorer()).evaluate(dev);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.scores().total()).isEqualTo(1032);
        assertThat(r.scores().f1()).as("F1(Yes) on CT24 dev").isGreaterThanOrEqualTo(FLOOR);
        assertThat(r.scores().accuracy()).isGreaterThan(0.9);
    }
}
