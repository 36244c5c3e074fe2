package dev.attest.claims.matching;

import dev.attest.claims.ParallelMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores a {@link HybridClaimMatcher} on a {@link ClaimMatchingSet}, and tunes its lexical weight: the signals of
 * every query are computed once (the embeddings are the cost), then every weight of the grid is scored on them.
 */
public final class ClaimMatchingEvaluator {
    private final int threads;

    public ClaimMatchingEvaluator(int threads) {
        this.threads = Math.max(1, threads);
    }

    public record Tuning(double bestLexical, List<Point> grid) {
        public record Point(double lexical, ClaimMatchingReport report) {
        }
    }

    public ClaimMatchingReport evaluate(HybridClaimMatcher matcher, ClaimMatchingSet set) {
        List<HybridClaimMatcher.Signals> signals = signals(matcher, set);
        return report(set, signals, matcher.weights().lexical());
    }

    /** Scores lexical weights 0, 0.05, ..., 1; the best MAP@5 wins, ties going to the lower weight. */
    public Tuning tune(HybridClaimMatcher matcher, ClaimMatchingSet set) {
        List<HybridClaimMatcher.Signals> signals = signals(matcher, set);
        List<Tuning.Point> grid = new ArrayList<>();
        Tuning.Point best = null;
        for (int step = 0; step <= 20; step++) {
            double w = step / 20.0;
            Tuning.Point p = new Tuning.Point(w, report(set, signals, w));
            grid.add(p);
            if (best == null || p.report().map5() > best.report().map5() + 1e-12) {
                best = p;
            }
        }
        return new Tuning(best.lexical(), grid);
    }

    /** Scores any matcher: {@code ranker} gives a query text's candidates, best first. */
    public ClaimMatchingReport evaluate(Function<String, List<ScoredClaim>> ranker, ClaimMatchingSet set) {
        List<List<String>> rankings = inParallel(set, q -> ranker.apply(q.text()).stream().map(ScoredClaim::claimId).toList());
        return report(rankings, set.queries().stream().map(q -> set.relevant().get(q.id())).toList());
    }

    private static ClaimMatchingReport report(ClaimMatchingSet set, List<HybridClaimMatcher.Signals> signals, double w) {
        List<List<String>> rankings = signals.stream()
                .map(s -> HybridClaimMatcher.rank(s, w).stream().map(ScoredClaim::claimId).toList())
                .toList();
        return report(rankings, set.queries().stream().map(q -> set.relevant().get(q.id())).toList());
    }

    /** The measures of rankings (claim ids, best first) against the relevant claims of the same queries. */
    static ClaimMatchingReport report(List<List<String>> rankings, List<Set<String>> relevant) {
        return new ClaimMatchingReport(
                mean(rankings, relevant, (r, g) -> RankingMetrics.averagePrecision(r, g, RankingMetrics.MAP_DEPTH)),
                mean(rankings, relevant, RankingMetrics::reciprocalRank),
                mean(rankings, relevant, RankingMetrics::precisionAt1),
                mean(rankings, relevant, (r, g) -> r.stream().anyMatch(g::contains) ? 1 : 0),
                rankings.size());
    }

    private interface Measure {
        double of(List<String> ranked, Set<String> relevant);
    }

    private static double mean(List<List<String>> rankings, List<Set<String>> relevant, Measure measure) {
        if (rankings.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < rankings.size(); i++) {
            sum += measure.of(rankings.get(i), relevant.get(i));
        }
        return sum / rankings.size();
    }

    /** In query order; queries run on {@code threads} threads because embedding dominates and is per-thread. */
    private List<HybridClaimMatcher.Signals> signals(HybridClaimMatcher matcher, ClaimMatchingSet set) {
        return inParallel(set, q -> matcher.signals(q.text()));
    }

    private <T> List<T> inParallel(ClaimMatchingSet set, Function<ClaimQuery, T> work) {
        return ParallelMap.map(set.queries(), work, threads, "claim matching");
    }
}
