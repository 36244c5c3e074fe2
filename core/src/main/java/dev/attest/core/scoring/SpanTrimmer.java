package dev.attest.core.scoring;

import dev.attest.core.model.Span;

/**
 * Shrinks a span to the words it reports, for exact matching. Annotators and extractors disagree on
 * whether a quote includes its quotation marks and the comma before "he said"; neither choice is wrong,
 * so both sides drop surrounding whitespace, quotation marks ({@code " “ ” ‘ ’ ' « »}) and a trailing
 * comma or period before they are compared.
 */
public final class SpanTrimmer {
    private static final String QUOTES = "\"“”‘’'«»";
    private static final String TRAILING = ",.";

    private SpanTrimmer() {
    }

    /** The trimmed span; the span itself when trimming would leave nothing. */
    public static Span trim(String text, Span span) {
        int start = span.start();
        int end = span.end();
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            if (strippableAtStart(text.charAt(start))) {
                start++;
                changed = true;
            } else if (strippableAtEnd(text.charAt(end - 1))) {
                end--;
                changed = true;
            }
        }
        return start < end ? new Span(start, end) : span;
    }

    private static boolean strippableAtStart(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || QUOTES.indexOf(c) >= 0;
    }

    private static boolean strippableAtEnd(char c) {
        return strippableAtStart(c) || TRAILING.indexOf(c) >= 0;
    }
}
