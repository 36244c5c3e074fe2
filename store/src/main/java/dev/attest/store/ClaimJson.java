package dev.attest.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Stored claims, their disputes and appearances as JSON (snake_case keys, nulls kept), for the CLI and the REST API. */
public final class ClaimJson {
    private final ObjectMapper mapper;

    public ClaimJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(ClaimRow c) {
        ObjectNode n = mapper.createObjectNode();
        n.put("ref", c.ref());
        n.put("article_ref", c.articleRef());
        n.put("claim_id", c.claimId());
        n.put("statement_ref", c.statementRef());
        n.put("published", c.published() == null ? null : c.published().toString());
        n.put("outlet", c.outlet());
        n.put("url", c.url());
        n.put("title", c.title());
        n.put("speaker", c.speaker());
        n.put("speaker_key", c.speakerKey());
        n.put("text", c.text());
        n.put("start", c.start());
        n.put("end", c.end());
        n.put("type", c.type());
        n.put("checkworthiness", c.checkworthiness());
        n.put("checkworthy", c.checkworthy());
        n.put("disputed", c.disputed());
        ArrayNode hedges = n.putArray("hedges");
        c.hedges().forEach(hedges::add);
        n.put("rule", c.rule());
        return n;
    }

    public ObjectNode toJson(ClaimDetail detail) {
        ObjectNode n = mapper.createObjectNode();
        n.set("claim", toJson(detail.claim()));
        n.put("embedded", detail.embedded());
        ArrayNode disputes = n.putArray("disputes");
        for (StoredDispute d : detail.disputes()) {
            ObjectNode o = disputes.addObject();
            o.put("target", d.target());
            o.put("start", d.start());
            o.put("end", d.end());
            o.put("evidence", d.evidence());
            o.put("cue", d.cue());
            o.put("confidence", Math.round(d.confidence() * 1000) / 1000.0);
            o.put("rule", d.rule());
        }
        ArrayNode appearances = n.putArray("appearances");
        for (ClaimAppearance a : detail.appearances()) {
            ObjectNode o = toJson(a.claim());
            o.put("similarity", a.similarity());
            o.put("cosine", a.cosine());
            o.put("lexical", a.lexical());
            o.put("link", a.strength().label());
            o.put("stance", a.stance());
            appearances.add(o);
        }
        return n;
    }
}
