package dev.attest.store;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** A speaker filter names a surname that several speakers share; the message lists them (one line). */
public final class AmbiguousSpeakerException extends IllegalArgumentException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<SpeakerCount> candidates;

    public AmbiguousSpeakerException(String name, List<SpeakerCount> candidates) {
        super("speaker \"" + name + "\" is ambiguous: " + candidates.stream().map(SpeakerCount::name).collect(Collectors.joining(", "))
                + "; give the full name");
        this.candidates = List.copyOf(candidates);
    }

    public List<SpeakerCount> candidates() {
        return candidates;
    }
}
