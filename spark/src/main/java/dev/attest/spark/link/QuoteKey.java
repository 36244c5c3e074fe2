package dev.attest.spark.link;

import java.util.Locale;

/**
 * The blocking key for "the same quote": lowercase, punctuation gone, whitespace collapsed. Apostrophes are
 * dropped inside words ("don't" and "dont" agree, as typographic and straight apostrophes must); every other
 * punctuation mark or symbol separates words, so "now—and" and "now - and" agree too.
 */
public final class QuoteKey {
    private QuoteKey() {
    }

    public static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean pendingSpace = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isApostrophe(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(c);
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    public static int wordCount(String key) {
        return key.isEmpty() ? 0 : (int) key.chars().filter(c -> c == ' ').count() + 1;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }
}
