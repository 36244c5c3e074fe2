package dev.attest.claims.grouping;

import dev.attest.claims.matching.LexicalRetriever;
import dev.attest.claims.matching.ScoredClaim;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How alike two headlines (or two claim sentences) are: {@code w * lexical + (1 - w) * cosine}, where lexical is
 * the BM25 score of one as a query against the other divided by its score against itself (1 for the same words,
 * the better of the two directions) and cosine is that of their MiniLM embeddings. The same mix as claim matching's
 * hybrid score, made symmetric and bounded so one threshold means the same for any pair: what cross-article claim
 * links use, with thresholds from {@link LinkThresholds}.
 */
public final class HeadlineSimilarity {
    /** BM25 neighbours looked up per headline; pairs outside each other's top list get lexical similarity 0. */
    public static final int NEIGHBOURS = 100;

    private HeadlineSimilarity() {
    }

    public static double combine(double lexical, double cosine, double lexicalWeight) {
        return lexicalWeight * lexical + (1 - lexicalWeight) * cosine;
    }

    /** Lexical and cosine similarity of every pair of a collection, as float matrices (n up to a few thousand). */
    public record Matrix(float[][] lexical, float[][] cosine) {
        public int size() {
            return cosine.length;
        }

        public double[][] combined(double lexicalWeight) {
            int n = size();
            double[][] s = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    s[i][j] = combine(lexical[i][j], cosine[i][j], lexicalWeight);
                }
            }
            return s;
        }
    }

    /**
     * @param retriever BM25 over exactly these headlines, an entry's id being its position ("0", "1", ...)
     * @param embedder  unit-length MiniLM embeddings
     */
    public static Matrix of(List<String> headlines, LexicalRetriever retriever, Function<String, float[]> embedder) {
        int n = headlines.size();
        float[][] lexical = new float[n][n];
        for (int i = 0; i < n; i++) {
            List<ScoredClaim> hits = retriever.top(headlines.get(i), NEIGHBOURS);
            Map<Integer, Double> score = new HashMap<>();
            for (ScoredClaim h : hits) {
                score.put(Integer.parseInt(h.claimId()), h.score());
            }
            double self = score.getOrDefault(i, hits.isEmpty() ? 0 : hits.getFirst().score());
            if (self <= 0) {
                continue; // nothing searchable in this headline: no lexical evidence either way
            }
            for (Map.Entry<Integer, Double> e : score.entrySet()) {
                int j = e.getKey();
                float s = (float) Math.min(1, e.getValue() / self);
                lexical[i][j] = Math.max(lexical[i][j], s);
                lexical[j][i] = Math.max(lexical[j][i], s);
            }
        }
        float[][] vectors = new float[n][];
        for (int i = 0; i < n; i++) {
            vectors[i] = embedder.apply(headlines.get(i));
        }
        float[][] cosine = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double dot = 0;
                for (int k = 0; k < vectors[i].length; k++) {
                    dot += vectors[i][k] * vectors[j][k];
                }
                cosine[i][j] = (float) dot;
                cosine[j][i] = (float) dot;
            }
        }
        return new Matrix(lexical, cosine);
    }
}
