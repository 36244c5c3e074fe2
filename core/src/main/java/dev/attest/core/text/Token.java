package dev.attest.core.text;

/** A word, number or punctuation mark with its offsets in the article text. */
public record Token(int start, int end, String text) {
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
    }

    public boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    public boolean isPunct() {
        return !text.isEmpty() && !Character.isLetterOrDigit(text.codePointAt(0));
    }
}
