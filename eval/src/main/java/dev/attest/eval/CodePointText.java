package dev.attest.eval;

import dev.attest.core.model.Span;

/**
 * Translates gold offsets, which both data sets count in Unicode code points, into the Java
 * {@code String} indices Attest uses. The two agree unless the text holds characters outside the
 * BMP; converting anyway keeps a future text with an emoji from shifting every later span.
 */
final class CodePointText {
    private final String text;
    private final int codePoints;
    private final boolean sameIndices;

    CodePointText(String text) {
        this.text = text;
        this.codePoints = text.codePointCount(0, text.length());
        this.sameIndices = codePoints == text.length();
    }

    int length() {
        return codePoints;
    }

    boolean inRange(int start, int end) {
        return 0 <= start && start <= end && end <= codePoints;
    }

    /** Callers check {@link #inRange} first so that they can report the bad line. */
    Span span(int start, int end) {
        return sameIndices ? new Span(start, end) : new Span(charIndex(start), charIndex(end));
    }

    private int charIndex(int codePoint) {
        return text.offsetByCodePoints(0, codePoint);
    }
}
