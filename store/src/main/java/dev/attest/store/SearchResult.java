package dev.attest.store;

import java.util.List;

/** The best statements for a query, best first, and how many statements matched in all. */
public record SearchResult(long totalMatches, List<StatementHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
