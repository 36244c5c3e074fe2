package dev.attest.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Span;
import org.junit.jupiter.api.Test;

class MatchCriterionTest {
    /** No trimmable characters, so that overlap arithmetic is on the spans as given. */
    private static final String LETTERS = "abcdefghij".repeat(10);
    private static final String TEXT = "The baker said, \u201cThe oven is cold today,\u201d and left. Then: \"We close early.\" Fine.";

    @Test
    void exactIgnoresQuotationMarksWhitespaceAndTrailingComma() {
        Span gold = spanOf(TEXT, "\u201cThe oven is cold today,\u201d");
        Span predicted = spanOf(TEXT, "The oven is cold today");
        assertThat(MatchCriterion.EXACT.accepts(TEXT, gold, predicted)).isTrue();
        assertThat(MatchCriterion.EXACT.accepts(TEXT, predicted, gold)).isTrue();
    }

    @Test
    void exactIgnoresTrailingPeriodInsideStraightQuotes() {
        Span gold = spanOf(TEXT, "\"We close early.\"");
        Span predicted = spanOf(TEXT, " \"We close early.");
        assertThat(MatchCriterion.EXACT.accepts(TEXT, gold, predicted)).isTrue();
    }

    @Test
    void exactRejectsAMissingWord() {
        Span gold = spanOf(TEXT, "\u201cThe oven is cold today,\u201d");
        Span predicted = spanOf(TEXT, "The oven is cold");
        assertThat(MatchCriterion.EXACT.accepts(TEXT, gold, predicted)).isFalse();
    }

    @Test
    void trimmingNeverEmptiesASpan() {
        Span quoteMark = spanOf(TEXT, "\u201c");
        assertThat(SpanTrimmer.trim(TEXT, quoteMark)).isEqualTo(quoteMark);
    }

    @Test
    void overlapIsMeasuredAgainstTheGoldLength() {
        Span gold = new Span(0, 10);
        assertThat(MatchCriterion.OVERLAP30.accepts(LETTERS, gold, new Span(6, 40))).isTrue();   // 4/10
        assertThat(MatchCriterion.OVERLAP30.accepts(LETTERS, gold, new Span(7, 40))).isFalse();  // 3/10 is not above 0.3
        assertThat(MatchCriterion.OVERLAP80.accepts(LETTERS, gold, new Span(1, 40))).isTrue();   // 9/10
        assertThat(MatchCriterion.OVERLAP80.accepts(LETTERS, gold, new Span(2, 40))).isFalse();  // 8/10
    }

    @Test
    void overlapIgnoresQuotationMarksToo() {
        String text = "He said: \u201cWe need room,\u201d and left.";
        Span gold = spanOf(text, "\u201cWe need room,\u201d");
        Span predicted = spanOf(text, "We need roo");
        // 11 of 12 trimmed characters; on raw spans it would be 11 of 15.
        assertThat(MatchCriterion.OVERLAP80.accepts(text, gold, predicted)).isTrue();
    }

    @Test
    void symmetricOverlapPenalisesOverlongPredictions() {
        Span gold = new Span(0, 10);
        Span longPrediction = new Span(0, 40);
        assertThat(MatchCriterion.OVERLAP80.accepts(LETTERS, gold, longPrediction)).isTrue();
        assertThat(MatchCriterion.OVERLAP30SYM.accepts(LETTERS, gold, longPrediction)).isFalse();  // 10/40
        assertThat(MatchCriterion.OVERLAP30SYM.accepts(LETTERS, gold, new Span(0, 30))).isTrue();  // 10/30
        assertThat(MatchCriterion.OVERLAP80SYM.accepts(LETTERS, gold, new Span(0, 12))).isTrue();  // 10/12
        assertThat(MatchCriterion.OVERLAP80SYM.accepts(LETTERS, gold, new Span(0, 13))).isFalse(); // 10/13
    }

    private static Span spanOf(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in text: " + words);
        }
        return new Span(at, at + words.length());
    }
}
