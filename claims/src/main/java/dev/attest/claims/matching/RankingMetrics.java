package dev.attest.claims.matching;

import java.util.List;
import java.util.Set;

/**
 * The measures of CheckThat! 2020 task 2, per query, averaged over queries by {@link ClaimMatchingReport}:
 * average precision over the first 5 results divided by the number of relevant claims (the official MAP@5),
 * reciprocal rank of the first relevant result (0 when none is ranked), and precision at 1.
 */
public final class RankingMetrics {
    public static final int MAP_DEPTH = 5;

    private RankingMetrics() {
    }

    public static double averagePrecision(List<String> ranked, Set<String> relevant, int depth) {
        if (relevant.isEmpty()) {
            return 0;
        }
        double sum = 0;
        int found = 0;
        for (int i = 0; i < Math.min(depth, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        return sum / relevant.size();
    }

    public static double reciprocalRank(List<String> ranked, Set<String> relevant) {
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    public static double precisionAt1(List<String> ranked, Set<String> relevant) {
        return !ranked.isEmpty() && relevant.contains(ranked.getFirst()) ? 1 : 0;
    }
}
