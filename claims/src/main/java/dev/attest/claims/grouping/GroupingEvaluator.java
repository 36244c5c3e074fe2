package dev.attest.claims.grouping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores average-linkage grouping of articles by {@link HeadlineSimilarity} against gold groups (the claim each
 * article reports), and calibrates the lexical weight and the thresholds on one half of the data. Thresholds are
 * tried from {@value #FLOOR} to 0.99 in steps of 0.01, lexical weights from 0 to 1 in steps of 0.1.
 */
public final class GroupingEvaluator {
    static final double FLOOR = 0.30;
    /** Pairwise precision a "confirm" link must reach on the calibration half. */
    public static final double CONFIRM_PRECISION = 0.95;

    private GroupingEvaluator() {
    }

    /** Half of Emergent by claim: even {@code String.hashCode} of the claim id calibrates, odd evaluates. */
    public static boolean calibrationHalf(ReportedArticle a) {
        return Math.floorMod(a.claimId().hashCode(), 2) == 0;
    }

    /**
     * What calibration chose and the scores behind it.
     *
     * @param best    the best F1 over weights and thresholds (its threshold is "suggest")
     * @param confirm the lowest threshold (most recall) at the chosen weight whose precision reaches 0.95
     */
    public record Calibration(LinkThresholds thresholds, GroupingScore best, GroupingScore confirm) {
    }

    public static Calibration calibrate(HeadlineSimilarity.Matrix m, List<String> gold) {
        Calibration chosen = null;
        for (int step = 0; step <= 10; step++) {
            double w = step / 10.0;
            List<GroupingScore> curve = curve(m.combined(w), gold);
            GroupingScore best = curve.getFirst();
            GroupingScore confirm = null;
            for (GroupingScore s : curve) {
                if (s.f1() > best.f1() + 1e-12) {
                    best = s;
                }
                if (s.precision() >= CONFIRM_PRECISION && (confirm == null || s.threshold() < confirm.threshold())) {
                    confirm = s;
                }
            }
            if (confirm == null) {
                confirm = curve.getLast();
            }
            if (chosen == null || best.f1() > chosen.best().f1() + 1e-12) {
                double confirmAt = Math.max(confirm.threshold(), best.threshold());
                chosen = new Calibration(new LinkThresholds(w, best.threshold(), confirmAt), best, confirm);
            }
        }
        return chosen;
    }

    /** The grouping cut at {@code threshold} on the {@code lexicalWeight} mix, scored against {@code gold}. */
    public static GroupingScore score(HeadlineSimilarity.Matrix m, List<String> gold, double lexicalWeight, double threshold) {
        double[][] s = m.combined(lexicalWeight);
        List<AverageLinkage.Merge> merges = AverageLinkage.merges(s, threshold);
        return replay(merges, gold, List.of(threshold)).getFirst();
    }

    /** Scores at every threshold of the grid, from low to high. */
    static List<GroupingScore> curve(double[][] similarity, List<String> gold) {
        List<Double> grid = new ArrayList<>();
        for (int t = (int) Math.round(FLOOR * 100); t <= 99; t++) {
            grid.add(t / 100.0);
        }
        return replay(AverageLinkage.merges(similarity, FLOOR), gold, grid);
    }

    /** Applies merges highest first, recording the pairwise counts each time the merge height drops below a threshold. */
    private static List<GroupingScore> replay(List<AverageLinkage.Merge> merges, List<String> gold, List<Double> thresholds) {
        int n = gold.size();
        List<Map<String, Integer>> labels = new ArrayList<>(n);
        int[] size = new int[n];
        Map<String, Integer> goldSizes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            labels.add(new HashMap<>(Map.of(gold.get(i), 1)));
            size[i] = 1;
            goldSizes.merge(gold.get(i), 1, Integer::sum);
        }
        long goldPairs = goldSizes.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
        long truePairs = 0;
        long predicted = 0;
        int groups = n;
        List<GroupingScore> out = new ArrayList<>(thresholds.size());
        List<Double> descending = thresholds.stream().sorted((x, y) -> Double.compare(y, x)).toList();
        int next = 0;
        for (double t : descending) {
            while (next < merges.size() && merges.get(next).height() >= t) {
                AverageLinkage.Merge mg = merges.get(next++);
                Map<String, Integer> into = labels.get(mg.into());
                Map<String, Integer> from = labels.get(mg.from());
                for (Map.Entry<String, Integer> e : from.entrySet()) {
                    truePairs += (long) e.getValue() * into.getOrDefault(e.getKey(), 0);
                    into.merge(e.getKey(), e.getValue(), Integer::sum);
                }
                predicted += (long) size[mg.into()] * size[mg.from()];
                size[mg.into()] += size[mg.from()];
                groups--;
            }
            out.add(new GroupingScore(t, truePairs, predicted, goldPairs, groups));
        }
        return out.reversed();
    }
}
