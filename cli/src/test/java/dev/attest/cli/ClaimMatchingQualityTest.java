package dev.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.claims.BgeSmallEncoder;
import dev.attest.claims.SentenceEncoder;
import dev.attest.claims.matching.ClaimMatchingEvaluator;
import dev.attest.claims.matching.ClaimMatchingReport;
import dev.attest.claims.matching.ClaimMatchingSet;
import dev.attest.claims.matching.ClaimReranker;
import dev.attest.claims.matching.Ct20Dataset;
import dev.attest.claims.matching.RerankingClaimMatcher;
import dev.attest.store.TextIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * CI gate for claim matching on CheckThat! 2020 task 2 dev: the shipped matcher (BM25, MiniLM and bge candidates, re-ranker
 * trained on train) on all 197 dev queries, as {@code attest eval claim-matching} scores them. Fails when a change
 * lowers a measure by more than 0.01. Most of its time is embedding the 10,375 verified claims with both encoders.
 */
class ClaimMatchingQualityTest {
    // measured 2026-11-27: attest eval claim-matching --dataset ct20 --claims .../verified_claims.docs.tsv .../dev, minus 0.01
    private static final double MAP5 = 0.9134 - 0.01;
    private static final double MRR = 0.9147 - 0.01;
    private static final double P1 = 0.8731 - 0.01;

    @Test
    void shippedMatcherKeepsItsQualityOnCt20Dev() throws IOException {
        Path data = SharedData.require("data/claims/checkthat2020-task2-en/v3.0");
        ClaimMatchingSet dev = Ct20Dataset.load(data.resolve("verified_claims.docs.tsv"), data.resolve("dev"));
        int threads = Runtime.getRuntime().availableProcessors();
        ClaimMatchingReport r;
        try (TextIndex index = ClaimMatchingCommand.index(dev)) {
            RerankingClaimMatcher matcher = new RerankingClaimMatcher(
                    ClaimMatchingCommand.finder(dev, index, new SentenceEncoder(), new BgeSmallEncoder(), threads), ClaimReranker.bundled(dev.claims()));
            r = new ClaimMatchingEvaluator(threads).evaluate(matcher::rank, dev);
        }
        System.out.printf("CT20 dev: MAP@5 %.4f MRR %.4f P@1 %.4f%n", r.map5(), r.mrr(), r.p1());
        assertThat(r.queries()).isEqualTo(197);
        assertThat(r.map5()).isGreaterThanOrEqualTo(MAP5);
        assertThat(r.mrr()).isGreaterThanOrEqualTo(MRR);
        assertThat(r.p1()).isGreaterThanOrEqualTo(P1);
    }
}
