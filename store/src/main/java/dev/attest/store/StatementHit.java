package dev.attest.store;

/** A search result: the statement and its BM25 score (higher is better; comparable only within one query). */
public record StatementHit(StatementRow statement, float score) {
}
