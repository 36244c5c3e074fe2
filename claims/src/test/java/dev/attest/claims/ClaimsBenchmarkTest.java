package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsBenchmarkTest {
    private static final Article ARTICLE = Article.ofText("bench",
            "The city spent $4.2 million on road repairs last year, the mayor said on Monday. "
                    + "Unemployment fell to 3.1 percent in March, according to the state labour office. "
                    + "The council voted 7-2 to raise parking fees by 15 percent from January. "
                    + "Critics said the new stadium would cost taxpayers $300 million over ten years.");

    @Test
    void storedVectorsAddModelRunsAndEveryRoundCountsClaims() {
        SentenceEncoder encoder = Analyzers.encoder();
        ClaimAnalyzer analyzer = Analyzers.standard();
        ClaimsBenchmark.Result scoringOnly = ClaimsBenchmark.run(Analyzers.pipeline(),
                new StoreClaimExtractor(analyzer, encoder, 0), List.of(ARTICLE), 0, 1, 0.05);
        ClaimsBenchmark.Result withVectors = ClaimsBenchmark.run(Analyzers.pipeline(),
                new StoreClaimExtractor(analyzer, encoder, 3), List.of(ARTICLE), 0, 1, 0.05);

        assertThat(scoringOnly.claimsPerArticle()).isEqualTo(withVectors.claimsPerArticle()).isGreaterThanOrEqualTo(3);
        assertThat(withVectors.modelRunsPerArticle()).isGreaterThan(scoringOnly.modelRunsPerArticle());
        assertThat(withVectors.cpuRate()).isPositive();
    }
}
