package dev.attest.core.model;

import java.util.Objects;
import java.util.Set;

/**
 * Words that weaken how firmly a claim is asserted.
 *
 * @param cue     the hedging words in the article text
 * @param cueText the text of {@code cue}
 * @param kind    {@code distancing} (the writer keeps a distance: "claimed", "alleged", "without evidence"),
 *                {@code modal} ("may", "might", "could") or {@code weasel} (vague sources: "some say", "critics say")
 */
public record Hedge(Span cue, String cueText, String kind) {
    public static final String DISTANCING = "distancing";
    public static final String MODAL = "modal";
    public static final String WEASEL = "weasel";
    private static final Set<String> KINDS = Set.of(DISTANCING, MODAL, WEASEL);

    public Hedge {
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(cueText, "cueText");
        Objects.requireNonNull(kind, "kind");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("hedge kind must be one of " + KINDS + ": " + kind);
        }
        if (cueText.length() != cue.length()) {
            throw new IllegalArgumentException("hedge text does not match its span: " + cueText + " " + cue);
        }
    }
}
