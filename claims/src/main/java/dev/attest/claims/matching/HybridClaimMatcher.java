package dev.attest.claims.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Ranks verified claims for a text: BM25 finds candidates, then each candidate's score is a mix of its BM25 score
 * (relative to the best candidate's, so the scale is the same for every query) and the cosine similarity of
 * sentence embeddings of the text and of the claim (the better of its wording and its headline). BM25 catches
 * shared names and numbers; embeddings catch paraphrase.
 *
 * <p>Re-ranking BM25's candidates rather than searching all embeddings keeps the cost to a few dozen claim
 * embeddings per query, computed once each and kept for the matcher's life. Thread-safe when the embedder is.
 */
public final class HybridClaimMatcher {
    private final Map<String, VerifiedClaim> claims;
    private final LexicalRetriever lexical;
    private final Function<String, float[]> embedder;
    private final FusionWeights weights;
    /** Embeddings of claims seen so far (wording and headline), computed once: the expensive part of matching. */
    private final Map<String, float[][]> claimEmbeddings = new ConcurrentHashMap<>();

    /** @param embedder unit-length sentence embeddings (MiniLM's {@code SentenceEncoder::encode}) */
    public HybridClaimMatcher(List<VerifiedClaim> claims, LexicalRetriever lexical, Function<String, float[]> embedder, FusionWeights weights) {
        Map<String, VerifiedClaim> byId = new ConcurrentHashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        this.claims = byId;
        this.lexical = Objects.requireNonNull(lexical, "lexical");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    public FusionWeights weights() {
        return weights;
    }

    /** The candidates for {@code text}, best first, with their fused scores. */
    public List<ScoredClaim> rank(String text) {
        return rank(signals(text));
    }

    /** BM25 and cosine of each candidate: what {@link #rank(Signals)} fuses, computed once per query when tuning. */
    public Signals signals(String text) {
        String clean = QueryText.clean(text);
        List<ScoredClaim> found = lexical.top(clean, weights.candidates());
        float[] query = embedder.apply(clean);
        double best = found.isEmpty() ? 1 : Math.max(found.getFirst().score(), 1e-9);
        List<Signals.Candidate> candidates = new ArrayList<>(found.size());
        for (ScoredClaim c : found) {
            candidates.add(new Signals.Candidate(c.claimId(), c.score() / best, cosine(query, embeddings(c.claimId()))));
        }
        return new Signals(candidates);
    }

    public List<ScoredClaim> rank(Signals signals) {
        return rank(signals, weights.lexical());
    }

    /** Fuses with another lexical weight: tuning computes the signals once and tries every weight on them. */
    public static List<ScoredClaim> rank(Signals signals, double w) {
        return signals.candidates().stream()
                .map(c -> new ScoredClaim(c.claimId(), w * c.lexical() + (1 - w) * c.cosine()))
                .sorted(Comparator.comparingDouble(ScoredClaim::score).reversed().thenComparing(ScoredClaim::claimId))
                .toList();
    }

    /** Per-candidate signals of one query. */
    public record Signals(List<Candidate> candidates) {
        public record Candidate(String claimId, double lexical, double cosine) {
        }
    }

    private float[][] embeddings(String claimId) {
        return claimEmbeddings.computeIfAbsent(claimId, id -> {
            VerifiedClaim claim = claims.get(id);
            if (claim == null) {
                throw new IllegalStateException("lexical retriever returned unknown claim " + id);
            }
            return claim.title().isEmpty()
                    ? new float[][] {embedder.apply(claim.text())}
                    : new float[][] {embedder.apply(claim.text()), embedder.apply(claim.title())};
        });
    }

    private static double cosine(float[] query, float[][] claim) {
        double best = -1;
        for (float[] c : claim) {
            double dot = 0;
            for (int i = 0; i < query.length; i++) {
                dot += query[i] * c[i];
            }
            best = Math.max(best, dot); // embeddings are unit length
        }
        return best;
    }
}
