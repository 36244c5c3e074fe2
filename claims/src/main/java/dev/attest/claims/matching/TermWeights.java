package dev.attest.claims.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/**
 * Inverse document frequencies of {@link Terms} over a collection (the verified claims): sharing "Obama" says more
 * than sharing "said". A word the collection never holds gets the weight of a word seen once.
 */
public final class TermWeights {
    private final Map<String, Double> idf;
    private final double unseen;

    private TermWeights(Map<String, Double> idf, double unseen) {
        this.idf = Map.copyOf(idf);
        this.unseen = unseen;
    }

    public static TermWeights of(Collection<String> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (String d : documents) {
            for (String t : new HashSet<>(Terms.of(d))) {
                df.merge(t, 1, Integer::sum);
            }
        }
        int n = documents.size();
        Map<String, Double> idf = new HashMap<>();
        df.forEach((t, f) -> idf.put(t, weight(n, f)));
        return new TermWeights(idf, weight(n, 1));
    }

    double of(String term) {
        return idf.getOrDefault(term, unseen);
    }

    private static double weight(int documents, int frequency) {
        return Math.log((documents + 1.0) / (frequency + 0.5));
    }
}
