package dev.attest.claims;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** TF-IDF vectors over a fixed collection of documents (term lists), with cosine similarity. */
final class Tfidf {
    private final Map<String, Double> idf = new HashMap<>();
    private final double unseenIdf;

    Tfidf(Collection<List<String>> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> d : documents) {
            for (String t : new HashSet<>(d)) {
                df.merge(t, 1, Integer::sum);
            }
        }
        int n = Math.max(1, documents.size());
        df.forEach((t, c) -> idf.put(t, Math.log((n + 1.0) / (c + 1.0)) + 1));
        unseenIdf = Math.log(n + 1.0) + 1;
    }

    /** The unit-length TF-IDF vector of a document. */
    Map<String, Double> vector(List<String> terms) {
        Map<String, Double> v = new HashMap<>();
        for (String t : terms) {
            v.merge(t, 1.0, Double::sum);
        }
        double norm = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf.getOrDefault(e.getKey(), unseenIdf);
            e.setValue(w);
            norm += w * w;
        }
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        v.replaceAll((t, w) -> w * scale);
        return v;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot;
    }
}
