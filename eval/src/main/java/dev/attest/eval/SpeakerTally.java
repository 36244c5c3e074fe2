package dev.attest.eval;

/**
 * Speaker agreement over matched quotes (content overlap &gt; 0.3) whose gold names a speaker.
 * A prediction without a speaker counts as wrong.
 */
public record SpeakerTally(int matched, int correct, int correctLenient) {
    public static final SpeakerTally ZERO = new SpeakerTally(0, 0, 0);

    public double accuracy() {
        return PrfCounts.ratio(correct, matched);
    }

    public double lenientAccuracy() {
        return PrfCounts.ratio(correctLenient, matched);
    }

    public SpeakerTally plus(SpeakerTally other) {
        return new SpeakerTally(matched + other.matched, correct + other.correct, correctLenient + other.correctLenient);
    }
}
