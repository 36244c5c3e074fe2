package dev.attest.spark;

import dev.attest.claims.ClaimAnalysis;
import dev.attest.core.model.Ledger;
import java.io.Serializable;

/**
 * What the job runs on each ledger to find claims and disputes; shipped to executors like {@link ArticleAnalyzer},
 * so it must be serializable and hold no model itself.
 */
@FunctionalInterface
public interface ClaimFinder extends Serializable {
    ClaimAnalysis find(Ledger ledger);

    /** The claims module's standard analyzer (check-worthiness with MiniLM, hedges, disputes), once per executor JVM. */
    static ClaimFinder standard() {
        return ledger -> ClaimAnalyzerHolder.analyzer().analyze(ledger);
    }
}
