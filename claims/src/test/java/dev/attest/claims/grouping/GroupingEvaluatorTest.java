package dev.attest.claims.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupingEvaluatorTest {
    /** Articles 0-2 report claim A, 3-4 claim B; 2 and 3 look alike (a borderline pair across the two stories). */
    private static final float[][] COSINE = {
        {1.0f, 0.9f, 0.8f, 0.1f, 0.1f},
        {0.9f, 1.0f, 0.8f, 0.1f, 0.1f},
        {0.8f, 0.8f, 1.0f, 0.6f, 0.1f},
        {0.1f, 0.1f, 0.6f, 1.0f, 0.7f},
        {0.1f, 0.1f, 0.1f, 0.7f, 1.0f}};
    private static final List<String> GOLD = List.of("A", "A", "A", "B", "B");

    private static HeadlineSimilarity.Matrix matrix() {
        return new HeadlineSimilarity.Matrix(new float[5][5], COSINE);
    }

    @Test
    void averageLinkageKeepsTwoStoriesApartThatOneBorderlinePairWouldChain() {
        GroupingScore s = GroupingEvaluator.score(matrix(), GOLD, 0.0, 0.5);

        // single linkage at 0.5 would chain all five through the 0.6 pair; the average of {0,1,2} and {3,4} is ~0.22
        assertThat(s.predictedGroups()).isEqualTo(2);
        assertThat(s.truePairs()).isEqualTo(4);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void aHighThresholdTradesRecallForPrecision() {
        GroupingScore s = GroupingEvaluator.score(matrix(), GOLD, 0.0, 0.85);

        assertThat(s.predictedGroups()).isEqualTo(4); // only 0 and 1 join
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(0.25, within(1e-12));
        assertThat(s.goldPairs()).isEqualTo(4);
    }

    @Test
    void calibrationPicksTheBestF1ThresholdAndAConfirmThresholdAtOrAboveIt() {
        GroupingEvaluator.Calibration c = GroupingEvaluator.calibrate(matrix(), GOLD);

        assertThat(c.best().f1()).isEqualTo(1.0);
        assertThat(c.thresholds().suggest()).isBetween(0.30, 0.70);
        assertThat(c.thresholds().confirm()).isGreaterThanOrEqualTo(c.thresholds().suggest());
        assertThat(c.confirm().precision()).isGreaterThanOrEqualTo(GroupingEvaluator.CONFIRM_PRECISION);
    }

    @Test
    void lexicalSimilarityIsBm25RelativeToTheSelfScoreTakenInTheBetterDirection() {
        List<String> headlines = List.of("bridge closed today", "bridge closed", "cat elected mayor");
        // a fake retriever: the score is the number of shared words
        dev.attest.claims.matching.LexicalRetriever shared = (text, k) -> java.util.stream.IntStream.range(0, headlines.size())
                .mapToObj(i -> new dev.attest.claims.matching.ScoredClaim(Integer.toString(i),
                        java.util.Arrays.stream(text.split(" ")).filter(w -> List.of(headlines.get(i).split(" ")).contains(w)).count()))
                .filter(s -> s.score() > 0).toList();
        HeadlineSimilarity.Matrix m = HeadlineSimilarity.of(headlines, shared, t -> new float[] {1, 0});

        assertThat(m.lexical()[0][1]).isEqualTo(1.0f); // "bridge closed" against itself scores 2, against 0 also 2
        assertThat(m.lexical()[1][0]).isEqualTo(1.0f);
        assertThat(m.lexical()[0][2]).isZero();
        assertThat(m.cosine()[0][2]).isEqualTo(1.0f);
        assertThat(HeadlineSimilarity.combine(1.0, 0.5, 0.2)).isCloseTo(0.6, within(1e-12));
    }
}
