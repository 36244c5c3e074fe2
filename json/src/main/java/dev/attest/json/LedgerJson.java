package dev.attest.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.core.model.Article;
import dev.attest.core.model.Entity;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Mention;
import dev.attest.core.model.Provenance;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import java.util.Locale;

/** The ledger as JSON, in the stable schema of docs/output-format.md. */
public final class LedgerJson {
    public static final String SCHEMA_VERSION = "1";
    private final ObjectMapper mapper;
    private final boolean roundConfidences;

    public LedgerJson(ObjectMapper mapper) {
        this(mapper, true);
    }

    /**
     * @param roundConfidences three decimals for people to read; unrounded where the JSON must decode back to an
     *                         equal ledger (the store keeps it)
     */
    public LedgerJson(ObjectMapper mapper, boolean roundConfidences) {
        this.mapper = mapper;
        this.roundConfidences = roundConfidences;
    }

    public ObjectNode toJson(Ledger ledger) {
        Article a = ledger.article();
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", SCHEMA_VERSION);
        root.put("id", a.id());
        root.put("title", a.title());
        root.put("source", a.source());
        root.put("url", a.url());
        root.put("published", a.published() == null ? null : a.published().toString());
        root.put("length", a.text().length());
        ArrayNode statements = root.putArray("statements");
        for (Statement s : ledger.statements()) {
            statements.add(statement(s));
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : ledger.entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
            n.put("named", e.named());
            ArrayNode ms = n.putArray("mentions");
            for (Mention m : e.mentions()) {
                ms.add(mention(m));
            }
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
        n.put("confidence", roundConfidences ? Math.round(p.confidence() * 1000) / 1000.0 : p.confidence());
        return n;
    }
}
