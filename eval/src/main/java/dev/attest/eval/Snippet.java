package dev.attest.eval;

import dev.attest.core.model.Span;

/** A span shown in its surroundings, on one line, for reading errors. */
final class Snippet {
    static final int CONTEXT = 80;
    /** PolNeAR content can run to a thousand characters; its middle rarely explains an error. */
    private static final int LONGEST_SPAN = 400;

    private Snippet() {
    }

    /** {@code …before⟦span⟧after…}, with line breaks shown as ⏎. */
    static String around(String text, Span span) {
        int from = Math.max(0, span.start() - CONTEXT);
        int to = Math.min(text.length(), span.end() + CONTEXT);
        return (from > 0 ? "…" : "") + flat(text.substring(from, span.start()))
                + "⟦" + flat(shortened(span.of(text))) + "⟧"
                + flat(text.substring(span.end(), to)) + (to < text.length() ? "…" : "");
    }

    static String quoted(String text, Span span) {
        return span == null ? "-" : "\"" + flat(shortened(span.of(text))) + "\" " + span;
    }

    private static String shortened(String s) {
        int half = LONGEST_SPAN / 2;
        return s.length() <= LONGEST_SPAN ? s : s.substring(0, half) + " […] " + s.substring(s.length() - half);
    }

    private static String flat(String s) {
        return s.replace("\r", "").replace("\n", "⏎");
    }
}
