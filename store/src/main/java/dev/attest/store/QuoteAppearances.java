package dev.attest.store;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A statement and where else its quote appears: statements of other articles whose normalised quote is the same,
 * contains it, or is contained in it. Earliest publication first (undated last), so the first outlet to print a
 * quote leads.
 */
public record QuoteAppearances(StatementRow statement, List<Appearance> appearances) {
    public QuoteAppearances {
        appearances = List.copyOf(appearances);
    }

    /** How another appearance's quote relates to the asked statement's quote. */
    public enum Form {
        /** the same words */
        SAME,
        /** the other article quotes more around it */
        LONGER,
        /** the other article quotes a part of it */
        SHORTER
    }

    public record Appearance(StatementRow statement, Form form) {
    }

    static QuoteAppearances of(StatementRow statement, List<StatementRow> others) {
        int length = quoteLength(statement);
        List<Appearance> appearances = others.stream()
                .map(o -> new Appearance(o, formOf(length, quoteLength(o))))
                .sorted(Comparator.comparing((Appearance a) -> a.statement().published(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                        .thenComparing(a -> a.statement().ref()))
                .toList();
        return new QuoteAppearances(statement, appearances);
    }

    private static int quoteLength(StatementRow row) {
        return QuoteText.normalise(QuoteText.quotedWords("mixed".equals(row.kind()), row.content())).length();
    }

    private static Form formOf(int asked, int other) {
        return other == asked ? Form.SAME : other > asked ? Form.LONGER : Form.SHORTER;
    }
}
