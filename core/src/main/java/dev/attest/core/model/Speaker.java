package dev.attest.core.model;

import java.util.Objects;

/**
 * Who made a statement.
 *
 * @param name        canonical name of the entity; for unnamed sources the words used ("critics")
 * @param named       false for unnamed sources and for speakers that could not be resolved to a name
 * @param entityId    id of the article entity, or {@code null}
 * @param mention     the words that name the speaker at this statement (may be a pronoun), or {@code null}
 * @param attribution the sieve that picked the mention and the resolver that named it
 */
public record Speaker(String name, boolean named, String entityId, Mention mention, Provenance attribution) {
    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attribution, "attribution");
    }
}
