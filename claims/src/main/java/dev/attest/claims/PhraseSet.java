package dev.attest.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several {@link PhrasePattern}s matched together. Patterns are indexed by the words that can open
 * them, so a word list is scanned once with one hash lookup per word instead of once per pattern;
 * claim analysis runs dozens of patterns over every claim and this keeps it in microseconds.
 */
final class PhraseSet {
    /** A match of pattern number {@code pattern} (in construction order). */
    record Hit(int pattern, PhrasePattern.Match match) {}

    private final List<PhrasePattern> patterns;
    private final Map<String, List<Integer>> byFirstWord = new HashMap<>();
    private final List<Integer> unindexed = new ArrayList<>();

    PhraseSet(List<PhrasePattern> patterns) {
        this.patterns = List.copyOf(patterns);
        for (int i = 0; i < this.patterns.size(); i++) {
            List<String> openers = this.patterns.get(i).openingWords();
            if (openers == null) {
                unindexed.add(i);
            } else {
                for (String w : openers) {
                    byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    static PhraseSet of(String... sources) {
        return new PhraseSet(java.util.Arrays.stream(sources).map(PhrasePattern::of).toList());
    }

    int size() {
        return patterns.size();
    }

    /** Every match in {@code words}, by start position then pattern order; matches of one pattern do not overlap. */
    List<Hit> findAll(List<Word> words) {
        List<Hit> out = new ArrayList<>();
        int[] nextFree = new int[patterns.size()];
        for (int i = 0; i < words.size(); i++) {
            List<Integer> candidates = byFirstWord.getOrDefault(words.get(i).norm(), List.of());
            for (List<Integer> group : List.of(candidates, unindexed)) {
                for (int p : group) {
                    if (i < nextFree[p]) {
                        continue;
                    }
                    PhrasePattern.Match m = patterns.get(p).matchAt(words, i, words.size());
                    if (m != null) {
                        out.add(new Hit(p, m));
                        nextFree[p] = m.to();
                    }
                }
            }
        }
        return out;
    }

    boolean anyMatch(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            for (int p : byFirstWord.getOrDefault(words.get(i).norm(), List.of())) {
                if (patterns.get(p).matchAt(words, i, words.size()) != null) {
                    return true;
                }
            }
            for (int p : unindexed) {
                if (patterns.get(p).matchAt(words, i, words.size()) != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
