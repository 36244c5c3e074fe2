package dev.attest.store;

import java.util.List;

/** Statements of one speaker, newest first (statements of undated articles last). */
public record SpeakerTimeline(SpeakerCount speaker, List<StatementRow> statements) {
    public SpeakerTimeline {
        statements = List.copyOf(statements);
    }
}
