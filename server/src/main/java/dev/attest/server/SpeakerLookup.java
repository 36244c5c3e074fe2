package dev.attest.server;

import dev.attest.store.AmbiguousSpeakerException;
import dev.attest.store.CorpusStore;
import dev.attest.store.SpeakerCount;
import dev.attest.store.SpeakerTimeline;
import java.util.List;

/** A speaker's timeline, or 404 naming the candidates when a surname is ambiguous. */
final class SpeakerLookup {
    private SpeakerLookup() {
    }

    static SpeakerTimeline timeline(CorpusStore corpus, String name, int limit) {
        return corpus.speaker(name, limit).orElseThrow(() -> {
            List<SpeakerCount> candidates = corpus.speakerCandidates(name);
            return new HttpError(404, candidates.isEmpty() ? "no speaker named " + name
                    : new AmbiguousSpeakerException(name, candidates).getMessage());
        });
    }
}
