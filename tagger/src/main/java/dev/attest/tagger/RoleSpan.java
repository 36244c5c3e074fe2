package dev.attest.tagger;

import dev.attest.core.model.Span;
import java.util.Objects;

/** A span of the text playing one role in some attribution (gold for training, or decoded). */
public record RoleSpan(Role role, Span span) {
    public RoleSpan {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(span, "span");
    }
}
