package dev.attest.core.model;

import java.util.List;
import java.util.Objects;

/** Everything Attest found in one article: its statements and the entities their speakers resolve to. */
public record Ledger(Article article, List<Statement> statements, List<Entity> entities) {
    public Ledger {
        Objects.requireNonNull(article, "article");
        statements = List.copyOf(statements);
        entities = List.copyOf(entities);
    }
}
