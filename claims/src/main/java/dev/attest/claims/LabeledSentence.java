package dev.attest.claims;

import java.util.Objects;

/** One gold sentence of a check-worthiness data set. */
public record LabeledSentence(String id, String text, boolean checkworthy) {
    public LabeledSentence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
