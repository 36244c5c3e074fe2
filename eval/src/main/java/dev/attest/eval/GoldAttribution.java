package dev.attest.eval;

import dev.attest.core.model.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One gold statement: what was said, and (when annotated) who said it and with which words.
 *
 * @param label        where it came from, for error reports ("line 3 quote n=5", "E12")
 * @param contentParts the content fragments in text order; one for contiguous content
 * @param source       the local speaker mention as written ("he", "Brooks"), or {@code null}
 * @param cue          the reporting words ("said"), or {@code null}
 * @param reference    the annotator's resolved speaker name (GGT only), or {@code null}
 */
public record GoldAttribution(String label, List<Span> contentParts, Span source, Span cue, String reference) {
    public GoldAttribution {
        Objects.requireNonNull(label, "label");
        if (contentParts.isEmpty()) {
            throw new IllegalArgumentException("gold attribution without content: " + label);
        }
        contentParts = contentParts.stream().sorted().toList();
    }

    public static GoldAttribution contiguous(String label, Span content, Span source, Span cue, String reference) {
        return new GoldAttribution(label, List.of(content), source, cue, reference);
    }

    /**
     * The span matched against predictions. For discontinuous content it covers everything from the
     * first fragment's start to the last fragment's end: a prediction rarely splits content the way an
     * annotator did, and per-fragment matching would count one statement several times.
     */
    public Span content() {
        int start = contentParts.getFirst().start();
        int end = contentParts.stream().max(Comparator.comparingInt(Span::end)).orElseThrow().end();
        return new Span(start, end);
    }

    public boolean discontinuous() {
        return contentParts.size() > 1;
    }

    /** The words of the content only, fragments joined by a space (as BRAT shows them). */
    public String contentText(String text) {
        return String.join(" ", contentParts.stream().map(s -> s.of(text)).toList());
    }
}
