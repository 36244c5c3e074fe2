package dev.attest.core.model;

import java.util.List;
import java.util.Objects;

/** One referent of an article (a person, an organisation, an unnamed group) with every mention resolved to it. */
public record Entity(String id, String name, EntityKind kind, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        mentions = List.copyOf(mentions);
    }

    public boolean named() {
        return kind == EntityKind.PERSON || kind == EntityKind.ORGANISATION;
    }
}
