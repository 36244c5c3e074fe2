package dev.attest.core.scoring;

import java.util.Arrays;
import java.util.List;

/** A one-to-one pairing of gold and predicted items, by their indices. */
public record Matching(List<Pair> pairs, int goldCount, int predictedCount) {
    public record Pair(int gold, int predicted, int sharedChars) {
    }

    public Matching {
        pairs = List.copyOf(pairs);
    }

    /** The predicted index paired with gold item {@code gold}, or -1. */
    public int predictedFor(int gold) {
        return pairs.stream().filter(p -> p.gold() == gold).mapToInt(Pair::predicted).findFirst().orElse(-1);
    }

    /** The gold index paired with predicted item {@code predicted}, or -1. */
    public int goldFor(int predicted) {
        return pairs.stream().filter(p -> p.predicted() == predicted).mapToInt(Pair::gold).findFirst().orElse(-1);
    }

    public boolean[] matchedGold() {
        boolean[] matched = new boolean[goldCount];
        pairs.forEach(p -> matched[p.gold()] = true);
        return matched;
    }

    public boolean[] matchedPredicted() {
        boolean[] matched = new boolean[predictedCount];
        pairs.forEach(p -> matched[p.predicted()] = true);
        return matched;
    }

    public static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    @Override
    public String toString() {
        return "Matching" + Arrays.toString(pairs.toArray());
    }
}
