package dev.attest.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.claims.ClaimAnalysis;
import dev.attest.core.model.Ledger;
import dev.attest.json.ClaimsJson;
import dev.attest.json.LedgerJson;

/** The JSON of {@code attest analyze --format json} (docs/output-format.md, schema 1, with claims and disputes). */
final class AnalysisJson {
    private final LedgerJson ledgerJson;
    private final ClaimsJson claimsJson;

    AnalysisJson(ObjectMapper mapper) {
        this.ledgerJson = new LedgerJson(mapper);
        this.claimsJson = new ClaimsJson(mapper);
    }

    ObjectNode toJson(Ledger ledger, ClaimAnalysis analysis) {
        ObjectNode root = ledgerJson.toJson(ledger);
        claimsJson.addTo(root, analysis.claims(), analysis.disputes(), analysis::hedgesOf);
        return root;
    }
}
