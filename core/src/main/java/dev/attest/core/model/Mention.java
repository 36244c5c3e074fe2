package dev.attest.core.model;

import java.util.Objects;

/** Words in the text that refer to a speaker or another entity. */
public record Mention(Span span, String text, MentionType type) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text does not match its span: " + text + " " + span);
        }
    }
}
