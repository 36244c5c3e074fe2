package dev.attest.claims;

import dev.attest.core.model.Claim;
import dev.attest.core.model.Dispute;
import dev.attest.core.model.Hedge;
import java.util.List;
import java.util.Map;

/**
 * What {@link ClaimAnalyzer} found in one article.
 *
 * @param claims           in text order, ids {@code c1, c2, ...}
 * @param disputes         places where the article contests a statement or claim
 * @param statementHedges  the hedges of each statement (by statement id; statements without hedges are absent)
 * @param embedded         how many claims were embedded with MiniLM (the rest were scored lexically)
 */
public record ClaimAnalysis(List<Claim> claims, List<Dispute> disputes, Map<String, List<Hedge>> statementHedges, int embedded) {
    public ClaimAnalysis {
        claims = List.copyOf(claims);
        disputes = List.copyOf(disputes);
        statementHedges = Map.copyOf(statementHedges);
    }

    public List<Hedge> hedgesOf(String statementId) {
        return statementHedges.getOrDefault(statementId, List.of());
    }
}
