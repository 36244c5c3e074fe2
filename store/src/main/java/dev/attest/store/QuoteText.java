package dev.attest.store;

import dev.attest.core.model.Statement;
import dev.attest.core.model.StatementKind;
import java.util.Optional;

/**
 * The form in which quotes are compared across articles: lowercase, every character that is not a letter or
 * digit turned into a space, whitespace collapsed. Outlets differ in quotation marks, apostrophes, dashes,
 * ellipses and capitalisation of the same words; they rarely differ in the words.
 */
final class QuoteText {
    /**
     * Shorter quotes are not linked: four-word phrases ("a very good meeting") recur across unrelated speakers,
     * and a link that is wrong costs a fact-checker more than one that is missing.
     */
    static final int MIN_WORDS = 5;
    /** Doc values hold the quote; a longer one is a document pasted into quotation marks, not a quote. */
    static final int MAX_CHARS = 10_000;

    private QuoteText() {
    }

    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The normalised quote of a direct or mixed statement long enough to link; indirect speech has no quote. */
    static Optional<String> linkable(Statement statement) {
        if (statement.kind() == StatementKind.INDIRECT) {
            return Optional.empty();
        }
        String quote = normalise(quotedWords(statement.kind() == StatementKind.MIXED, statement.contentText()));
        return words(quote) >= MIN_WORDS && quote.length() <= MAX_CHARS ? Optional.of(quote) : Optional.empty();
    }

    /**
     * The words a statement quotes: a direct statement's whole content; for mixed speech the longest span inside
     * quotation marks, because the paraphrase around it is the reporter's words, which another outlet does not
     * share. Mixed content whose marks do not pair up is taken whole.
     */
    static String quotedWords(boolean mixed, String content) {
        if (!mixed) {
            return content;
        }
        String longest = null;
        int open = -1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            boolean opening = c == '\u201c' || c == '\u00ab' || (c == '"' && open < 0);
            boolean closing = c == '\u201d' || c == '\u00bb' || (c == '"' && open >= 0);
            if (closing && open >= 0) {
                String span = content.substring(open + 1, i);
                if (longest == null || span.length() > longest.length()) {
                    longest = span;
                }
                open = -1;
            } else if (opening) {
                open = i;
            }
        }
        return longest == null ? content : longest;
    }

    static int words(String normalised) {
        if (normalised.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < normalised.length(); i++) {
            if (normalised.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
