package dev.attest.core.scoring;

import dev.attest.core.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs gold and predicted spans one-to-one, largest shared character count first. Only pairs that
 * share at least one character and satisfy the criterion are candidates, so each criterion gets its own
 * matching: a prediction that is exact for one gold span is not lost to a longer, merely overlapping one.
 * Among pairs sharing as many characters, the tighter fit (the smaller union) comes first: a gold content nested in a
 * longer predicted one and also predicted exactly pairs with the exact prediction. Remaining ties are broken by text
 * position so that results do not depend on list order.
 */
public final class GreedyMatcher {
    private GreedyMatcher() {
    }

    public static Matching match(String text, List<Span> gold, List<Span> predicted, MatchCriterion criterion) {
        List<Matching.Pair> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                int shared = gold.get(g).overlap(predicted.get(p));
                if (shared > 0 && criterion.accepts(text, gold.get(g), predicted.get(p))) {
                    candidates.add(new Matching.Pair(g, p, shared));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Matching.Pair::sharedChars).reversed()
                .thenComparingInt(c -> gold.get(c.gold()).length() + predicted.get(c.predicted()).length() - c.sharedChars())
                .thenComparing(c -> gold.get(c.gold()))
                .thenComparing(c -> predicted.get(c.predicted()))
                .thenComparingInt(Matching.Pair::gold)
                .thenComparingInt(Matching.Pair::predicted));
        boolean[] goldTaken = new boolean[gold.size()];
        boolean[] predictedTaken = new boolean[predicted.size()];
        List<Matching.Pair> pairs = new ArrayList<>();
        for (var candidate : candidates) {
            if (!goldTaken[candidate.gold()] && !predictedTaken[candidate.predicted()]) {
                goldTaken[candidate.gold()] = true;
                predictedTaken[candidate.predicted()] = true;
                pairs.add(candidate);
            }
        }
        pairs.sort(Comparator.comparingInt(Matching.Pair::gold));
        return new Matching(pairs, gold.size(), predicted.size());
    }
}
