package dev.attest.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyMatcherTest {
    private static final String TEXT = "x".repeat(200);

    @Test
    void largestSharedCharactersWinAndEachSideIsUsedOnce() {
        List<Span> gold = List.of(new Span(0, 50), new Span(40, 60));
        // Prediction 0 shares 50 chars with gold 0 and 10 with gold 1; prediction 1 shares 15 with gold 1.
        List<Span> predicted = List.of(new Span(0, 55), new Span(45, 60));
        Matching m = GreedyMatcher.match(TEXT, gold, predicted, MatchCriterion.OVERLAP30);
        assertThat(m.pairs()).containsExactly(new Matching.Pair(0, 0, 50), new Matching.Pair(1, 1, 15));
    }

    @Test
    void onePredictionCoveringTwoGoldSpansMatchesOnlyOne() {
        List<Span> gold = List.of(new Span(0, 20), new Span(30, 60));
        List<Span> predicted = List.of(new Span(0, 60));
        Matching m = GreedyMatcher.match(TEXT, gold, predicted, MatchCriterion.OVERLAP30);
        assertThat(m.pairs()).containsExactly(new Matching.Pair(1, 0, 30));
        assertThat(Matching.count(m.matchedGold())).isEqualTo(1);
    }

    @Test
    void eachCriterionGetsItsOwnMatching() {
        // Gold 1 contains gold 0 (duplicated records exist in GGT). The prediction is exact for gold 0,
        // shares as much with gold 1, and must still count as an exact hit.
        List<Span> gold = List.of(new Span(10, 20), new Span(0, 30));
        List<Span> predicted = List.of(new Span(10, 20));
        assertThat(GreedyMatcher.match(TEXT, gold, predicted, MatchCriterion.EXACT).pairs())
                .containsExactly(new Matching.Pair(0, 0, 10));
    }

    @Test
    void spansThatOnlyTouchDoNotMatch() {
        Matching m = GreedyMatcher.match(TEXT, List.of(new Span(0, 10)), List.of(new Span(10, 20)), MatchCriterion.OVERLAP30SYM);
        assertThat(m.pairs()).isEmpty();
        assertThat(m.predictedFor(0)).isEqualTo(-1);
    }

    @Test
    void tiesAreBrokenByPositionNotListOrder() {
        List<Span> gold = List.of(new Span(0, 10));
        Matching forward = GreedyMatcher.match(TEXT, gold, List.of(new Span(0, 10), new Span(0, 12)), MatchCriterion.OVERLAP30);
        Matching backward = GreedyMatcher.match(TEXT, gold, List.of(new Span(0, 12), new Span(0, 10)), MatchCriterion.OVERLAP30);
        assertThat(forward.predictedFor(0)).isEqualTo(0);
        assertThat(backward.predictedFor(0)).isEqualTo(1);
    }

    @Test
    void amongEqualSharesTheTighterFitPairsFirstSoANestedAttributionKeepsItsExactPrediction() {
        // Gold 0 is nested in gold 1 (an attribution inside another's content). Prediction 0 covers gold 0 and more,
        // starting earlier; prediction 1 is gold 0 exactly. Position alone would give gold 0 the longer prediction.
        List<Span> gold = List.of(new Span(40, 60), new Span(0, 38));
        List<Span> predicted = List.of(new Span(20, 60), new Span(40, 60));
        Matching m = GreedyMatcher.match(TEXT, gold, predicted, MatchCriterion.OVERLAP30);
        assertThat(m.predictedFor(0)).isEqualTo(1);
        assertThat(m.predictedFor(1)).isEqualTo(0);
    }
}
