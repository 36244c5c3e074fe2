package dev.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.claims.SentenceEncoder;
import dev.attest.claims.matching.ClaimMatchingEvaluator;
import dev.attest.claims.matching.ClaimMatchingReport;
import dev.attest.claims.matching.ClaimMatchingSet;
import dev.attest.claims.matching.Ct20Dataset;
import dev.attest.claims.matching.FusionWeights;
import dev.attest.claims.matching.HybridClaimMatcher;
import dev.attest.store.TextIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * CI gate for claim matching on CheckThat! 2020 task 2 dev: the shipped matcher ({@link FusionWeights#CT20}, tuned on
 * train) on the first 100 dev queries, a fixed subset that keeps the test near 30 s on two cores (all 197:
 * `attest eval claim-matching`, MAP@5 0.8516). Fails when a change lowers a measure by more than 0.01.
 */
class ClaimMatchingQualityTest {
    private static final int QUERIES = 100;
    // measured 2026-11-27 on the first 100 dev queries, minus 0.01
    private static final double MAP5 = 0.8878 - 0.01;
    private static final double MRR = 0.8878 - 0.01;
    private static final double P1 = 0.8300 - 0.01;

    @Test
    void hybridMatcherKeepsItsQualityOnCt20Dev() throws IOException {
        Path data = SharedData.require("data/claims/checkthat2020-task2-en/v3.0");
        ClaimMatchingSet all = Ct20Dataset.load(data.resolve("verified_claims.docs.tsv"), data.resolve("dev"));
        ClaimMatchingSet subset = new ClaimMatchingSet(all.claims(), all.queries().subList(0, QUERIES), all.relevant());
        ClaimMatchingReport r;
        try (TextIndex index = TextIndex.of(all.claims().stream().map(c -> new TextIndex.Entry(c.id(), c.searchableText())).toList())) {
            SentenceEncoder encoder = new SentenceEncoder();
            HybridClaimMatcher matcher = new HybridClaimMatcher(all.claims(), ClaimMatchingCommand.bm25(index), encoder::encode, FusionWeights.CT20);
            r = new ClaimMatchingEvaluator(Runtime.getRuntime().availableProcessors()).evaluate(matcher, subset);
        }
        System.out.printf("CT20 dev first %d: MAP@5 %.4f MRR %.4f P@1 %.4f%n", QUERIES, r.map5(), r.mrr(), r.p1());
        assertThat(r.queries()).isEqualTo(QUERIES);
        assertThat(r.map5()).isGreaterThanOrEqualTo(MAP5);
        assertThat(r.mrr()).isGreaterThanOrEqualTo(MRR);
        assertThat(r.p1()).isGreaterThanOrEqualTo(P1);
    }
}
