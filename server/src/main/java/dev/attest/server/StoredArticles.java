package dev.attest.server;

import dev.attest.claims.ClaimAnalysis;
import dev.attest.core.model.ArticleClaims;
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
        return wb.corpus().storedLedger(ref).map(stored -> {
            ArticleClaims claims = stored.claims();
            if (claims.claims().isEmpty()) {
                return wb.analysis().analyze(stored.ledger());
            }
            return new AnalyzedArticle(stored.ledger(), new ClaimAnalysis(claims.claims(), claims.disputes(), claims.statementHedges(), 0));
        });
    }
}
