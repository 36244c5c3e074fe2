package dev.attest.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.claims.ClaimAnalysis;
import dev.attest.core.model.Article;
import dev.attest.core.model.Claim;
import dev.attest.core.model.Dispute;
import dev.attest.core.model.Entity;
import dev.attest.core.model.Hedge;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Mention;
import dev.attest.core.model.Provenance;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The JSON of {@code attest analyze --format json} (docs/output-format.md, schema 1, with claims and disputes).
 * It mirrors the CLI's package-private {@code LedgerJson} and {@code ClaimCommands.ClaimsJson}, because the server
 * cannot depend on the CLI (the CLI depends on the server). Keep the two in step until the writer moves to a
 * shared module.
 */
final class AnalysisJson {
    private final ObjectMapper mapper;

    AnalysisJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode toJson(Ledger ledger, ClaimAnalysis analysis) {
        Article a = ledger.article();
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", "1");
        root.put("id", a.id());
        root.put("title", a.title());
        root.put("source", a.source());
        root.put("url", a.url());
        root.put("published", a.published() == null ? null : a.published().toString());
        root.put("length", a.text().length());
        ArrayNode statements = root.putArray("statements");
        for (Statement s : ledger.statements()) {
            ObjectNode n = statement(s);
            n.set("hedges", hedges(analysis.hedgesOf(s.id())));
            statements.add(n);
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : ledger.entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
            n.put("named", e.named());
            ArrayNode ms = n.putArray("mentions");
            e.mentions().forEach(m -> ms.add(mention(m)));
        }
        ArrayNode claims = root.putArray("claims");
        for (Claim c : analysis.claims()) {
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
        ArrayNode disputes = root.putArray("disputes");
        for (Dispute d : analysis.disputes()) {
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
        return root;
    }

    private ObjectNode statement(Statement s) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", s.id());
        n.put("kind", s.kind().label());
        n.put("cue", s.cueText());
        if (s.cue() != null) {
            n.set("cue_span", span(s.cue(), s.cueText()));
        } else {
            n.putNull("cue_span");
        }
        n.put("channel", s.channel().label());
        n.set("content", span(s.content(), s.contentText()));
        if (s.speaker() == null) {
            n.putNull("speaker");
        } else {
            ObjectNode sp = n.putObject("speaker");
            sp.put("name", s.speaker().name());
            sp.put("named", s.speaker().named());
            sp.put("entity", s.speaker().entityId());
            if (s.speaker().mention() == null) {
                sp.putNull("mention");
            } else {
                sp.set("mention", mention(s.speaker().mention()));
            }
            sp.set("provenance", provenance(s.speaker().attribution()));
        }
        n.set("provenance", provenance(s.provenance()));
        return n;
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

    private ObjectNode mention(Mention m) {
        ObjectNode n = span(m.span(), m.text());
        n.put("type", m.type().name().toLowerCase(Locale.ROOT));
        return n;
    }

    private ObjectNode span(Span s, String text) {
        ObjectNode n = mapper.createObjectNode();
        n.put("start", s.start());
        n.put("end", s.end());
        n.put("text", text);
        return n;
    }

    private ObjectNode provenance(Provenance p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("rule", p.rule());
        n.put("confidence", Math.round(p.confidence() * 1000) / 1000.0);
        return n;
    }
}
