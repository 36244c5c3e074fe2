package dev.attest.core.scoring;

import dev.attest.core.model.Span;

/**
 * When a predicted span counts as the gold span. Both spans are {@link SpanTrimmer trimmed} first, for
 * overlap too: otherwise a short quote predicted without its quotation marks ("We need room" against
 * "“We need room,”", 12 of 15 characters) would fail the 0.8 threshold on a convention alone.
 */
public enum MatchCriterion {
    /** Same span after {@link SpanTrimmer trimming} both. */
    EXACT("exact"),
    /** Shared characters over the gold span's length above 0.3: GGT's lenient measure. */
    OVERLAP30("overlap30"),
    /** Shared characters over the gold span's length above 0.8: GGT's strict measure. */
    OVERLAP80("overlap80"),
    /** Shared characters over the longer span's length above 0.3, so over-long predictions pay too. */
    OVERLAP30SYM("overlap30sym"),
    /** Shared characters over the longer span's length above 0.8. */
    OVERLAP80SYM("overlap80sym");

    private final String key;

    MatchCriterion(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean accepts(String text, Span gold, Span predicted) {
        return acceptsTrimmed(SpanTrimmer.trim(text, gold), SpanTrimmer.trim(text, predicted));
    }

    private boolean acceptsTrimmed(Span gold, Span predicted) {
        int shared = gold.overlap(predicted);
        return switch (this) {
            case EXACT -> gold.equals(predicted);
            case OVERLAP30 -> above(shared, gold.length(), 0.3);
            case OVERLAP80 -> above(shared, gold.length(), 0.8);
            case OVERLAP30SYM -> above(shared, Math.max(gold.length(), predicted.length()), 0.3);
            case OVERLAP80SYM -> above(shared, Math.max(gold.length(), predicted.length()), 0.8);
        };
    }

    private static boolean above(int shared, int length, double threshold) {
        return length > 0 && (double) shared / length > threshold;
    }
}
