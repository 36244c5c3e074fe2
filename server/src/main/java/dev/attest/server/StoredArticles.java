package dev.attest.server;

import dev.attest.claims.ClaimAnalysis;
import dev.attest.core.model.ArticleClaims;
import dev.attest.core.model.Ledger;
import java.util.Optional;

/**
 * A stored article with its claims: the claims layer stored at ingest when there is one, so the page shows what
 * search and claim links were built from; recomputed for articles ingested with {@code --no-claims}.
 */
final class StoredArticles {
    private StoredArticles() {
    }

    static Optional<AnalyzedArticle> find(Workbench wb, String ref) {
        if (!ArticleRefs.valid(ref)) {
            return Optional.empty();
        }
        Optional<Ledger> ledger = wb.corpus().ledger(ref);
        if (ledger.isEmpty()) {
            return Optional.empty();
        }
        ArticleClaims stored = wb.corpus().articleClaims(ref).orElse(ArticleClaims.none());
        if (stored.claims().isEmpty()) {
            return Optional.of(wb.analysis().analyze(ledger.get()));
        }
        return Optional.of(new AnalyzedArticle(ledger.get(),
                new ClaimAnalysis(stored.claims(), stored.disputes(), stored.statementHedges(), 0)));
    }
}
