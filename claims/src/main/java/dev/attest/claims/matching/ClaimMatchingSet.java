package dev.attest.claims.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Verified claims, queries and which claims are relevant to which query. */
public record ClaimMatchingSet(List<VerifiedClaim> claims, List<ClaimQuery> queries, Map<String, Set<String>> relevant) {
    public ClaimMatchingSet {
        claims = List.copyOf(claims);
        queries = List.copyOf(queries);
        relevant = Map.copyOf(relevant);
    }
}
