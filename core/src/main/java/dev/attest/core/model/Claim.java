package dev.attest.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One checkable unit of an article: a sentence (or a sentence of a longer quote) of a statement, or
 * a sentence the article asserts in its own voice.
 *
 * @param checkworthiness how worth checking the claim is, in [0,1]
 * @param checkworthy     {@code checkworthiness} at or above the scorer's documented threshold
 * @param statementId     the statement the claim comes from, or {@code null} for the article's own sentences
 * @param speaker         who asserts it (the statement's speaker), or {@code null} for the article's author
 * @param provenance      how the claim span was found and typed, with the type rule's confidence
 */
public record Claim(
        String id,
        Span span,
        String text,
        ClaimType type,
        double checkworthiness,
        boolean checkworthy,
        String statementId,
        String speaker,
        List<Hedge> hedges,
        Provenance provenance) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provenance, "provenance");
        if (!(checkworthiness >= 0.0 && checkworthiness <= 1.0)) {
            throw new IllegalArgumentException("checkworthiness must be in [0,1]: " + checkworthiness);
        }
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("claim text does not match its span: " + span);
        }
        hedges = List.copyOf(hedges);
    }
}
