package dev.attest.server;

import dev.attest.claims.ClaimAnalysis;
import dev.attest.core.model.Ledger;

/** An article's ledger with its claims, hedges and disputes. */
public record AnalyzedArticle(Ledger ledger, ClaimAnalysis claims) {
}
