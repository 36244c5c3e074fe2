package dev.attest.tagger;

import java.util.List;
import java.util.Objects;

/** A training article: its text and every gold source, cue and content fragment in it. */
public record LabelledText(String id, String text, List<RoleSpan> spans) {
    public LabelledText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        for (RoleSpan s : spans) {
            if (s.span().end() > text.length()) {
                throw new IllegalArgumentException("gold span " + s + " outside article " + id + " (length " + text.length() + ")");
            }
        }
    }
}
