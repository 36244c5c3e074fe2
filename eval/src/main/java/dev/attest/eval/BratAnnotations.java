package dev.attest.eval;

import dev.attest.core.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parts of a BRAT standoff file that attribution scoring needs: text-bound spans and events.
 * Ids are checked (unique, every event argument defined) by {@link BratParser}.
 */
record BratAnnotations(Map<String, TextBound> textBounds, List<Event> events) {
    BratAnnotations {
        textBounds = Map.copyOf(textBounds);
        events = List.copyOf(events);
    }

    /** A {@code T} line: a typed span, possibly made of several fragments. */
    record TextBound(String id, String type, List<Span> fragments, int line) {
        TextBound {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            fragments = List.copyOf(fragments);
        }

        /** First fragment start to last fragment end, whatever order the fragments were listed in. */
        Span covering() {
            int start = fragments.stream().mapToInt(Span::start).min().orElseThrow();
            int end = fragments.stream().mapToInt(Span::end).max().orElseThrow();
            return new Span(start, end);
        }
    }

    /**
     * An {@code E} line.
     *
     * @param trigger   the trigger's type ({@code Attribution} or {@code Attribution-no-source})
     * @param arguments role name to text-bound id, for every argument after the trigger
     */
    record Event(String id, String trigger, String triggerId, Map<String, String> arguments, int line) {
        Event {
            arguments = Map.copyOf(arguments);
        }
    }
}
