package dev.attest.claims.grouping;

import java.util.Objects;

/**
 * A news article reporting a claim, as Emergent records it: the article's id and headline, and the id of the claim
 * it reports (the gold group). {@code line} is where the record starts in its file, for messages.
 */
public record ReportedArticle(String articleId, String claimId, String headline, int line) {
    public ReportedArticle {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(headline, "headline");
    }
}
