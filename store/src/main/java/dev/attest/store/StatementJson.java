package dev.attest.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A statement row as one JSON object with the export columns as keys (snake_case, nulls kept), for JSON lines. */
public final class StatementJson {
    private final ObjectMapper mapper;

    public StatementJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(StatementRow row) {
        ObjectNode n = mapper.createObjectNode();
        for (StatementColumns.Column c : StatementColumns.ALL) {
            n.set(c.name(), mapper.valueToTree(c.value().apply(row)));
        }
        return n;
    }

    public ObjectNode toJson(StatementHit hit) {
        ObjectNode n = toJson(hit.statement());
        n.put("score", hit.score());
        return n;
    }

    /** One line, no trailing newline; JSON escapes every newline inside values, so a record never spans lines. */
    public String line(StatementRow row) {
        try {
            return mapper.writeValueAsString(toJson(row));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a row tree always serialises", e);
        }
    }
}
