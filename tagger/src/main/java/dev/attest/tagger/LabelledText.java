package dev.attest.tagger;

import dev.attest.core.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * A training article: its text, every gold source, cue and content fragment in it, and the attributions those
 * fragments form (what the cue-scope head learns from).
 */
public record LabelledText(String id, String text, List<RoleSpan> spans, List<Relation> relations) {
    /** One gold attribution: its cue, the span covering its content, and its source (null when unnamed). */
    public record Relation(Span cue, Span content, Span source) {
        public Relation {
            Objects.requireNonNull(cue, "cue");
            Objects.requireNonNull(content, "content");
        }
    }

    public LabelledText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        relations = List.copyOf(relations);
        for (RoleSpan s : spans) {
            check(s.span(), text, id);
        }
        for (Relation r : relations) {
            check(r.cue(), text, id);
            check(r.content(), text, id);
            if (r.source() != null) {
                check(r.source(), text, id);
            }
        }
    }

    public LabelledText(String id, String text, List<RoleSpan> spans) {
        this(id, text, spans, List.of());
    }

    private static void check(Span span, String text, String id) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("gold span " + span + " outside article " + id + " (length " + text.length() + ")");
        }
    }
}
