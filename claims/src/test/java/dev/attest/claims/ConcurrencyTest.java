package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Ledger;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One analyser shared by several threads gives each thread the answer it gives alone. */
class ConcurrencyTest {
    private static final String ARTICLE = """
            Mayor Jane Roe said the new bridge cut commute times by half. There is no evidence that commute times changed.
            “We hired 40 new nurses. The clinic will open in June,” Roe said.
            Some critics say the plan will fail, but the council approved $2 million for it on Monday.
            """;

    @Test
    void sharedAnalyserIsThreadSafe() throws Exception {
        Ledger ledger = Analyzers.ledger(ARTICLE);
        ClaimAnalysis alone = Analyzers.standard().analyze(ledger);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ClaimAnalysis>> runs = pool.invokeAll(java.util.Collections.nCopies(32,
                    () -> Analyzers.standard().analyze(ledger)));
            for (Future<ClaimAnalysis> f : runs) {
                assertThat(f.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
