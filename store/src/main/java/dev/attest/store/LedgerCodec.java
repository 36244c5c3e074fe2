package dev.attest.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.core.model.Article;
import dev.attest.core.model.Channel;
import dev.attest.core.model.Entity;
import dev.attest.core.model.EntityKind;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Mention;
import dev.attest.core.model.MentionType;
import dev.attest.core.model.Provenance;
import dev.attest.core.model.Span;
import dev.attest.core.model.Speaker;
import dev.attest.core.model.Statement;
import dev.attest.core.model.StatementKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A ledger as the JSON of docs/output-format.md (schema 1), and back. The store keeps this JSON for every
 * article, so a stored ledger prints exactly like {@code attest analyze --format json}. Two differences, both
 * so that decoding gives back an equal {@link Ledger}: confidences are not rounded, and the article text is
 * stored beside the JSON (the schema carries only its length).
 */
final class LedgerCodec {
    static final String SCHEMA_VERSION = "1";
    private final ObjectMapper mapper;

    LedgerCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String encode(Ledger ledger) {
        try {
            return mapper.writeValueAsString(toJson(ledger));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ledger tree always serialises", e);
        }
    }

    ObjectNode toJson(Ledger ledger) {
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
        ledger.statements().forEach(s -> statements.add(statement(s)));
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
        return root;
    }

    Ledger decode(String json, String text) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored ledger is not valid JSON: " + e.getOriginalMessage(), e);
        }
        String published = textOrNull(root, "published");
        Article article = new Article(root.get("id").asText(), textOrNull(root, "title"), text,
                textOrNull(root, "source"), textOrNull(root, "url"), published == null ? null : LocalDate.parse(published));
        List<Statement> statements = new ArrayList<>();
        root.get("statements").forEach(n -> statements.add(statement(n)));
        List<Entity> entities = new ArrayList<>();
        for (JsonNode n : root.get("entities")) {
            List<Mention> mentions = new ArrayList<>();
            n.get("mentions").forEach(m -> mentions.add(mention(m)));
            entities.add(new Entity(n.get("id").asText(), n.get("name").asText(),
                    EntityKind.valueOf(n.get("kind").asText().toUpperCase(Locale.ROOT)), mentions));
        }
        return new Ledger(article, statements, entities);
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

    private static Statement statement(JsonNode n) {
        JsonNode cueSpan = n.get("cue_span");
        JsonNode content = n.get("content");
        String channel = textOrNull(n, "channel");
        return new Statement(
                n.get("id").asText(),
                StatementKind.valueOf(n.get("kind").asText().toUpperCase(Locale.ROOT)),
                span(content), content.get("text").asText(),
                isNull(cueSpan) ? null : span(cueSpan), isNull(cueSpan) ? null : cueSpan.get("text").asText(),
                channel == null ? Channel.NONE : Channel.valueOf(channel.toUpperCase(Locale.ROOT)),
                speaker(n.get("speaker")),
                provenance(n.get("provenance")));
    }

    private static Speaker speaker(JsonNode n) {
        if (isNull(n)) {
            return null;
        }
        JsonNode mention = n.get("mention");
        return new Speaker(n.get("name").asText(), n.get("named").asBoolean(), textOrNull(n, "entity"),
                isNull(mention) ? null : mention(mention), provenance(n.get("provenance")));
    }

    private ObjectNode mention(Mention m) {
        ObjectNode n = span(m.span(), m.text());
        n.put("type", m.type().name().toLowerCase(Locale.ROOT));
        return n;
    }

    private static Mention mention(JsonNode n) {
        return new Mention(span(n), n.get("text").asText(), MentionType.valueOf(n.get("type").asText().toUpperCase(Locale.ROOT)));
    }

    private ObjectNode span(Span s, String text) {
        ObjectNode n = mapper.createObjectNode();
        n.put("start", s.start());
        n.put("end", s.end());
        n.put("text", text);
        return n;
    }

    private static Span span(JsonNode n) {
        return new Span(n.get("start").asInt(), n.get("end").asInt());
    }

    private ObjectNode provenance(Provenance p) {
        ObjectNode n = mapper.createObjectNode();
        n.put("rule", p.rule());
        n.put("confidence", p.confidence());
        return n;
    }

    private static Provenance provenance(JsonNode n) {
        return new Provenance(n.get("rule").asText(), n.get("confidence").asDouble());
    }

    private static String textOrNull(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        return isNull(n) ? null : n.asText();
    }

    private static boolean isNull(JsonNode n) {
        return n == null || n.isNull();
    }
}
