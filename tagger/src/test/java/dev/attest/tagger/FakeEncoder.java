package dev.attest.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Splits on whitespace and punctuation like BERT does and gives each piece a seeded random state; no model needed. */
final class FakeEncoder implements PieceEncoder {
    private final long seed;
    private final List<Integer> layers;

    FakeEncoder(long seed) {
        this(seed, List.of(MiniLmStates.LAYERS));
    }

    /** States that claim to be the mean of {@code layers}, as a real encoder's with {@code --layers} would be. */
    FakeEncoder(long seed, List<Integer> layers) {
        this.seed = seed;
        this.layers = List.copyOf(layers);
    }

    @Override
    public List<Integer> layers() {
        return layers;
    }

    @Override
    public PieceStates encode(String text) {
        List<int[]> pieces = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i)) && i - start < 4) {
                    i++; // pieces of at most four letters, so words have continuation pieces
                }
                pieces.add(new int[] {start, i});
            } else {
                pieces.add(new int[] {i, i + 1});
                i++;
            }
        }
        int[] starts = pieces.stream().mapToInt(p -> p[0]).toArray();
        int[] ends = pieces.stream().mapToInt(p -> p[1]).toArray();
        Random random = new Random(seed ^ text.hashCode());
        float[] states = new float[starts.length * PieceStates.DIMENSIONS];
        for (int k = 0; k < states.length; k++) {
            states[k] = (float) random.nextGaussian();
        }
        return new PieceStates(starts, ends, states);
    }
}
