package dev.attest.tagger;

import java.util.Objects;

/**
 * An article's word pieces with their MiniLM states.
 *
 * @param starts  per piece, its first character (a Java {@code String} index into the article text)
 * @param ends    per piece, one past its last character
 * @param states  row-major {@code pieces x DIMENSIONS} last-layer states
 */
public record PieceStates(int[] starts, int[] ends, float[] states) {
    public static final int DIMENSIONS = 384;

    public PieceStates {
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        Objects.requireNonNull(states, "states");
        if (starts.length != ends.length || states.length != starts.length * DIMENSIONS) {
            throw new IllegalArgumentException("piece arrays disagree: " + starts.length + " starts, " + ends.length
                    + " ends, " + states.length + " state values");
        }
    }

    public int size() {
        return starts.length;
    }

    /**
     * Whether piece {@code i} continues the word of the piece before it (no space between, both letters or digits):
     * "##ing" of "saying". Such pieces take their word's tag, so spans always cover whole words.
     */
    public boolean continuesWord(int i, String text) {
        return i > 0 && starts[i] == ends[i - 1] && starts[i] > 0
                && Character.isLetterOrDigit(text.charAt(starts[i] - 1)) && Character.isLetterOrDigit(text.charAt(starts[i]));
    }
}
