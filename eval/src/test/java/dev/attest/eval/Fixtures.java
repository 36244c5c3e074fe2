package dev.attest.eval;

import dev.attest.core.model.Channel;
import dev.attest.core.model.Mention;
import dev.attest.core.model.MentionType;
import dev.attest.core.model.Provenance;
import dev.attest.core.model.Span;
import dev.attest.core.model.Speaker;
import dev.attest.core.model.Statement;
import dev.attest.core.model.StatementKind;

/** Builds spans and statements from the words they cover, so tests read like the text they score. */
final class Fixtures {
    private Fixtures() {
    }

    /** The span of the first occurrence of {@code words} in {@code text}. */
    static Span spanOf(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + words);
        }
        return new Span(at, at + words.length());
    }

    static Statement statement(String id, StatementKind kind, String text, String content) {
        Span span = spanOf(text, content);
        return new Statement(id, kind, span, span.of(text), null, null, Channel.NONE, null, new Provenance("test", 1.0));
    }

    static Statement statement(String id, StatementKind kind, String text, String content,
                               String cue, String speakerName, String mention) {
        Span span = spanOf(text, content);
        Span cueSpan = cue == null ? null : spanOf(text, cue);
        Speaker speaker = speakerName == null ? null : new Speaker(speakerName, true, null,
                mention == null ? null : new Mention(spanOf(text, mention), mention, MentionType.NAME),
                new Provenance("test", 1.0));
        return new Statement(id, kind, span, span.of(text), cueSpan, cue, Channel.NONE, speaker, new Provenance("test", 1.0));
    }
}
