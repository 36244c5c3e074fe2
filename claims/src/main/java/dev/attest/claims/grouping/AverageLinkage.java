package dev.attest.claims.grouping;

import java.util.ArrayList;
import java.util.List;

/**
 * Average-linkage agglomerative clustering: repeatedly merge the two groups whose members are most alike on
 * average, until no two groups average {@code floor} or more. Unlike linking every pair above a threshold and
 * taking connected components, one borderline pair cannot chain two stories together. Merge heights never rise
 * (average linkage has no inversions), so cutting the merge list at any threshold at or above the floor gives
 * that threshold's grouping: calibration builds the list once and tries every threshold on it.
 */
public final class AverageLinkage {
    private AverageLinkage() {
    }

    /** Group {@code into} absorbed group {@code from} at average similarity {@code height}; ids are first members. */
    public record Merge(int into, int from, double height) {
    }

    /** The merges down to {@code floor}, highest first; {@code similarity} must be symmetric. */
    public static List<Merge> merges(double[][] similarity, double floor) {
        int n = similarity.length;
        double[][] sum = new double[n][];
        for (int i = 0; i < n; i++) {
            sum[i] = similarity[i].clone();
        }
        int[] size = new int[n];
        boolean[] active = new boolean[n];
        int[] best = new int[n]; // each active group's most similar other group, -1 when none
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            active[i] = true;
        }
        for (int i = 0; i < n; i++) {
            best[i] = bestPartner(i, sum, size, active);
        }
        List<Merge> merges = new ArrayList<>();
        while (true) {
            int a = -1;
            double top = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (active[i] && best[i] >= 0) {
                    double avg = sum[i][best[i]] / ((double) size[i] * size[best[i]]);
                    if (avg > top) {
                        top = avg;
                        a = i;
                    }
                }
            }
            if (a < 0 || top < floor) {
                return merges;
            }
            int b = best[a];
            int into = Math.min(a, b);
            int from = Math.max(a, b);
            merges.add(new Merge(into, from, top));
            for (int k = 0; k < n; k++) {
                sum[into][k] += sum[from][k];
                sum[k][into] = sum[into][k];
            }
            size[into] += size[from];
            active[from] = false;
            for (int k = 0; k < n; k++) {
                if (!active[k]) {
                    continue;
                }
                if (k == into || best[k] == into || best[k] == from) {
                    best[k] = bestPartner(k, sum, size, active);
                } else {
                    // the merged group's average with k lies between k's averages with its two parts, so it beats
                    // k's best only if k's best was one of them (handled above); recheck anyway, cheaply
                    double merged = sum[k][into] / ((double) size[k] * size[into]);
                    double current = sum[k][best[k]] / ((double) size[k] * size[best[k]]);
                    if (merged > current) {
                        best[k] = into;
                    }
                }
            }
        }
    }

    private static int bestPartner(int i, double[][] sum, int[] size, boolean[] active) {
        int best = -1;
        double top = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < sum.length; k++) {
            if (k != i && active[k]) {
                double avg = sum[i][k] / ((double) size[i] * size[k]);
                if (avg > top) {
                    top = avg;
                    best = k;
                }
            }
        }
        return best;
    }
}
