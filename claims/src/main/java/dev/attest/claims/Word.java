package dev.attest.claims;

import dev.attest.core.model.Span;
import dev.attest.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A token normalised for pattern matching: lower case, curly apostrophes made straight, and a
 * negative contraction split in two ("didn’t" -> "did" + "not", "won’t" -> "will" + "not") so one
 * pattern covers "did not" and "didn't". Both halves keep the span of the original token.
 *
 * @param original the token as written (case kept), for capitalisation and all-caps checks
 */
record Word(String norm, String original, int start, int end) {

    Span span() {
        return new Span(start, end);
    }

    boolean isAlphabetic() {
        return !norm.isEmpty() && Character.isLetter(norm.charAt(0));
    }

    boolean isNumber() {
        return !norm.isEmpty() && Character.isDigit(norm.charAt(0));
    }

    boolean isCapitalised() {
        return !original.isEmpty() && Character.isUpperCase(original.charAt(0));
    }

    boolean isAllCaps() {
        return original.length() > 1 && original.chars().anyMatch(Character::isLetter)
                && original.equals(original.toUpperCase(Locale.ROOT));
    }

    static List<Word> of(List<Token> tokens) {
        List<Word> out = new ArrayList<>(tokens.size() + 4);
        for (Token t : tokens) {
            String w = t.text().toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
            if (w.length() > 3 && w.endsWith("n't")) {
                String base = switch (w) {
                    case "won't" -> "will";
                    case "can't" -> "can";
                    case "shan't" -> "shall";
                    default -> w.substring(0, w.length() - 3);
                };
                out.add(new Word(base, t.text(), t.start(), t.end()));
                out.add(new Word("not", t.text(), t.start(), t.end()));
            } else {
                out.add(new Word(w, t.text(), t.start(), t.end()));
            }
        }
        return out;
    }
}
