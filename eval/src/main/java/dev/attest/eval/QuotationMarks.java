package dev.attest.eval;

/**
 * Decides whether gold content is a direct quote. Only double quotation marks count: single ones are
 * almost always apostrophes ("Clinton’s"), and with this rule the PolNeAR dev counts equal the data set
 * README's (624 of 2,192 contents with a quote mark).
 */
public final class QuotationMarks {
    private static final String DOUBLE_MARKS = "\"“”„«»";

    private QuotationMarks() {
    }

    public static boolean containsDoubleMark(String s) {
        return s.chars().anyMatch(c -> DOUBLE_MARKS.indexOf(c) >= 0);
    }
}
