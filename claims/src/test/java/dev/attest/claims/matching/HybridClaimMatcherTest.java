package dev.attest.claims.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HybridClaimMatcherTest {
    private static final List<VerifiedClaim> CLAIMS = List.of(
            new VerifiedClaim("lexical", "bridge bridge closed", ""),
            new VerifiedClaim("paraphrase", "the crossing shut down", "Is the crossing shut?"));

    /** BM25 prefers "lexical"; the embedding prefers "paraphrase". */
    private static final LexicalRetriever LEXICAL = (text, k) -> List.of(new ScoredClaim("lexical", 10), new ScoredClaim("paraphrase", 5));
    private static final Map<String, float[]> VECTORS = Map.of(
            "bridge closed", new float[] {1, 0},
            "bridge bridge closed", new float[] {0.6f, 0.8f},
            "the crossing shut down", new float[] {0, 1},
            "Is the crossing shut?", new float[] {1, 0});

    @Test
    void fusesRelativeBm25WithTheBetterCosineOfWordingAndHeadline() {
        HybridClaimMatcher matcher = new HybridClaimMatcher(CLAIMS, LEXICAL, VECTORS::get, new FusionWeights(0.25, 10));

        List<ScoredClaim> ranked = matcher.rank("bridge closed");

        // lexical: 0.25 * 1 + 0.75 * 0.6 = 0.70; paraphrase: 0.25 * 0.5 + 0.75 * 1 (its headline) = 0.875
        assertThat(ranked).extracting(ScoredClaim::claimId).containsExactly("paraphrase", "lexical");
        assertThat(ranked.getFirst().score()).isEqualTo(0.875, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(HybridClaimMatcher.rank(matcher.signals("bridge closed"), 1.0)).extracting(ScoredClaim::claimId)
                .containsExactly("lexical", "paraphrase");
    }

    @Test
    void tuningPicksTheWeightWithTheBestMap() {
        HybridClaimMatcher matcher = new HybridClaimMatcher(CLAIMS, LEXICAL, VECTORS::get, new FusionWeights(0.5, 10));
        ClaimMatchingSet set = new ClaimMatchingSet(CLAIMS, List.of(new ClaimQuery("q", "bridge closed")), Map.of("q", java.util.Set.of("paraphrase")));

        ClaimMatchingEvaluator.Tuning tuning = new ClaimMatchingEvaluator(1).tune(matcher, set);

        assertThat(tuning.bestLexical()).isZero();
        assertThat(tuning.grid()).hasSize(21);
        // at its own weight 0.5 the lexical favourite wins: 0.5 + 0.5 * 0.6 = 0.8 against 0.25 + 0.5 * 1 = 0.75
        assertThat(new ClaimMatchingEvaluator(1).evaluate(matcher, set).p1()).isZero();
    }
}
