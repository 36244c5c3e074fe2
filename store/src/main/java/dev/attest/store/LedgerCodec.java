package dev.attest.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.core.model.Article;
import dev.attest.core.model.ArticleClaims;
import dev.attest.core.model.Claim;
import dev.attest.core.model.ClaimType;
import dev.attest.core.model.Dispute;
import dev.attest.core.model.Hedge;
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
import dev.attest.json.ClaimsJson;
import dev.attest.json.LedgerJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A ledger as the JSON of docs/output-format.md (schema 1), and back. The store keeps this JSON for every
 * article, so a stored ledger prints exactly like {@code attest analyze --format json}. Two differences, both
 * so that decoding gives back an equal {@link Ledger}: confidences are not rounded, and the article text is
 * stored beside the JSON (the schema carries only its length). Writing is {@link LedgerJson}'s, unrounded.
 */
final class LedgerCodec {
    static final String SCHEMA_VERSION = LedgerJson.SCHEMA_VERSION;
    private final ObjectMapper mapper;
    private final LedgerJson writer;
    private final ClaimsJson claimsWriter;

    LedgerCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        this.writer = new LedgerJson(mapper, false);
        this.claimsWriter = new ClaimsJson(mapper);
    }

    String encode(Ledger ledger) {
        return encode(ledger, ArticleClaims.none());
    }

    /**
     * The ledger with its claims layer, as {@code attest analyze --format json} prints it; an empty layer (claims not
     * extracted) leaves out the claims, disputes and hedges arrays, as {@code analyze --no-claims} does.
     */
    String encode(Ledger ledger, ArticleClaims claims) {
        ObjectNode json = toJson(ledger);
        if (!claims.equals(ArticleClaims.none())) {
            claimsWriter.addTo(json, claims.claims(), claims.disputes(), claims::hedgesOf);
        }
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ledger tree always serialises", e);
        }
    }

    /** The claims layer of a stored ledger JSON (without vectors, which live in the index). */
    ArticleClaims decodeClaims(String json) {
        return decodeClaims(parse(json));
    }

    /** The parsed stored JSON, which {@link #decode(JsonNode, String)} and {@link #decodeClaims(JsonNode)} share. */
    JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored ledger is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    ArticleClaims decodeClaims(JsonNode root) {
        List<Claim> claims = new ArrayList<>();
        for (JsonNode n : root.path("claims")) {
            Span span = new Span(n.get("start").asInt(), n.get("end").asInt());
            claims.add(new Claim(n.get("id").asText(), span, n.get("text").asText(), ClaimType.fromLabel(n.get("type").asText()),
                    n.get("checkworthiness").asDouble(), n.get("checkworthy").asBoolean(), textOrNull(n, "statement"),
                    textOrNull(n, "speaker"), hedges(n.path("hedges")), provenance(n.get("provenance"))));
        }
        List<Dispute> disputes = new ArrayList<>();
        for (JsonNode n : root.path("disputes")) {
            JsonNode e = n.get("evidence");
            disputes.add(new Dispute(n.get("target").asText(), new Span(e.get("start").asInt(), e.get("end").asInt()),
                    e.get("text").asText(), n.get("cue").asText(), n.get("confidence").asDouble(), provenance(n.get("provenance"))));
        }
        Map<String, List<Hedge>> statementHedges = new LinkedHashMap<>();
        for (JsonNode s : root.path("statements")) {
            List<Hedge> hedges = hedges(s.path("hedges"));
            if (!hedges.isEmpty()) {
                statementHedges.put(s.get("id").asText(), hedges);
            }
        }
        return new ArticleClaims(claims, disputes, statementHedges, Map.of());
    }

    private static List<Hedge> hedges(JsonNode array) {
        List<Hedge> hedges = new ArrayList<>();
        for (JsonNode h : array) {
            hedges.add(new Hedge(new Span(h.get("start").asInt(), h.get("end").asInt()), h.get("text").asText(), h.get("kind").asText()));
        }
        return hedges;
    }

    ObjectNode toJson(Ledger ledger) {
        return writer.toJson(ledger);
    }

    Ledger decode(String json, String text) {
        return decode(parse(json), text);
    }

    Ledger decode(JsonNode root, String text) {
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

    private static Mention mention(JsonNode n) {
        return new Mention(span(n), n.get("text").asText(), MentionType.valueOf(n.get("type").asText().toUpperCase(Locale.ROOT)));
    }

    private static Span span(JsonNode n) {
        return new Span(n.get("start").asInt(), n.get("end").asInt());
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
