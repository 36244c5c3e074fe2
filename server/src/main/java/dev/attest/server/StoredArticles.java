package dev.attest.server;

import java.util.Optional;

/** A stored article with its claims recomputed (the store keeps ledgers, not claims). */
final class StoredArticles {
    private StoredArticles() {
    }

    static Optional<AnalyzedArticle> find(Workbench wb, String ref) {
        if (!ArticleRefs.valid(ref)) {
            return Optional.empty();
        }
        return wb.corpus().ledger(ref).map(wb.analysis()::analyze);
    }
}
