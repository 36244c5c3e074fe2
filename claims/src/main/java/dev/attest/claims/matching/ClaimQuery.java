package dev.attest.claims.matching;

import java.util.Objects;

/** A text (a tweet, a statement) for which the matching verified claims are wanted. */
public record ClaimQuery(String id, String text) {
    public ClaimQuery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
