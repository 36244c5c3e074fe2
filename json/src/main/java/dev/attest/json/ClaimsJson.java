package dev.attest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.core.model.Claim;
import dev.attest.core.model.Dispute;
import dev.attest.core.model.Hedge;
import dev.attest.core.model.Provenance;
import java.util.List;
import java.util.function.Function;

/**
 * Claims, hedges and disputes in the article JSON of docs/output-format.md: adds {@code claims} and
 * {@code disputes} arrays, and a {@code hedges} array to each statement, to an object made by
 * {@link LedgerJson}. Takes core records only, so it serves every module that writes the schema.
 */
public final class ClaimsJson {
    private final ObjectMapper mapper;

    public ClaimsJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void addTo(ObjectNode article, List<Claim> claimList, List<Dispute> disputeList,
            Function<String, List<Hedge>> hedgesOfStatement) {
        for (JsonNode s : article.path("statements")) {
            if (s instanceof ObjectNode o) {
                o.set("hedges", hedges(hedgesOfStatement.apply(s.path("id").asText())));
            }
        }
        ArrayNode claims = article.putArray("claims");
        for (Claim c : claimList) {
            ObjectNode n = claims.addObject();
            n.put("id", c.id());
            n.put("start", c.span().start());
            n.put("end", c.span().end());
            n.put("text", c.text());
            n.put("type", c.type().label());
            n.put("checkworthiness", c.checkworthiness());
            n.put("checkworthy", c.checkworthy());
            n.put("statement", c.statementId());
            n.put("speaker", c.speaker());
            n.set("hedges", hedges(c.hedges()));
            n.set("provenance", provenance(c.provenance()));
        }
        ArrayNode disputes = article.putArray("disputes");
        for (Dispute d : disputeList) {
            ObjectNode n = disputes.addObject();
            n.put("target", d.targetId());
            ObjectNode evidence = n.putObject("evidence");
            evidence.put("start", d.evidence().start());
            evidence.put("end", d.evidence().end());
            evidence.put("text", d.evidenceText());
            n.put("cue", d.cue());
            n.put("confidence", d.confidence());
            n.set("provenance", provenance(d.provenance()));
        }
    }

    private ArrayNode hedges(List<Hedge> hedges) {
        ArrayNode arr = mapper.createArrayNode();
        for (Hedge h : hedges) {
            ObjectNode n = arr.addObject();
            n.put("start", h.cue().start());
            n.put("end", h.cue().end());
            n.put("text", h.cueText());
            n.put("kind", h.kind());
        }
        return arr;
    }

    private ObjectNode provenance(Provenance p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("rule", p.rule());
        n.put("confidence", Math.round(p.confidence() * 1000) / 1000.0);
        return n;
    }
}
