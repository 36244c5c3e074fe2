package dev.attest.core.model;

import java.util.Objects;

/**
 * One reported statement: what was said (content span), how (cue, kind, channel) and by whom.
 *
 * @param cue        the reporting words ("said", "according to"), or {@code null} for a quote with no cue of its own
 * @param speaker    who said it, or {@code null} when no sieve could decide
 * @param provenance the rule that found the statement, and its confidence
 */
public record Statement(
        String id,
        StatementKind kind,
        Span content,
        String contentText,
        Span cue,
        String cueText,
        Channel channel,
        Speaker speaker,
        Provenance provenance) {
    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentText, "contentText");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(provenance, "provenance");
        if ((cue == null) != (cueText == null)) {
            throw new IllegalArgumentException("cue span and cue text go together");
        }
    }

    public Statement withSpeaker(Speaker s) {
        return new Statement(id, kind, content, contentText, cue, cueText, channel, s, provenance);
    }

    public Statement withId(String newId) {
        return new Statement(newId, kind, content, contentText, cue, cueText, channel, speaker, provenance);
    }
}
