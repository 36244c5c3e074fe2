package dev.attest.core.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The claims layer of one article, as a claim extractor produced it for storing: claims, the article's own
 * disputes, the hedges of each statement, and embedding vectors for some claims.
 *
 * @param statementHedges hedges by statement id; statements without hedges are absent
 * @param vectors         unit-length embeddings by claim id, for the claims the extractor chose to embed (often
 *                        only the check-worthy ones: embedding is the costliest step of ingest)
 */
public record ArticleClaims(List<Claim> claims, List<Dispute> disputes, Map<String, List<Hedge>> statementHedges,
        Map<String, float[]> vectors) {
    public ArticleClaims {
        claims = List.copyOf(claims);
        disputes = List.copyOf(disputes);
        statementHedges = Map.copyOf(statementHedges);
        Map<String, float[]> copy = new LinkedHashMap<>();
        vectors.forEach((id, v) -> copy.put(Objects.requireNonNull(id, "claim id"), v.clone()));
        vectors = Map.copyOf(copy);
    }

    public static ArticleClaims none() {
        return new ArticleClaims(List.of(), List.of(), Map.of(), Map.of());
    }

    public List<Hedge> hedgesOf(String statementId) {
        return statementHedges.getOrDefault(statementId, List.of());
    }

    /** The ids of statements and claims some dispute of the article contests. */
    public Set<String> disputedTargets() {
        Set<String> ids = new HashSet<>();
        for (Dispute d : disputes) {
            ids.add(d.targetId());
        }
        return ids;
    }
}
