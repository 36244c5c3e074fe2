package dev.attest.store;

import dev.attest.core.model.ArticleClaims;
import dev.attest.core.model.Ledger;

/** A stored article's ledger with its claims layer ({@link ArticleClaims#none()} for one ingested without claims). */
public record StoredLedger(Ledger ledger, ArticleClaims claims) {
}
