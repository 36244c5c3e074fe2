package dev.attest.claims.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Re-ranks the candidate claims of one query by a learned model over {@link MatchFeatures}: what the store calls at
 * query time with the candidates it found (BM25 scores and stored embeddings), and what the evaluation measures.
 * Stateless and thread-safe.
 */
public final class ClaimReranker {
    private final RerankerModel model;
    private final MatchFeatures features;

    public ClaimReranker(RerankerModel model, MatchFeatures features) {
        this.model = Objects.requireNonNull(model, "model");
        this.features = Objects.requireNonNull(features, "features");
    }

    /** The packaged model with word weights from {@code claims} (the collection candidates come from). */
    public static ClaimReranker bundled(List<VerifiedClaim> claims) {
        return new ClaimReranker(RerankerModel.bundled(), new MatchFeatures(TermWeights.of(claims.stream().map(VerifiedClaim::searchableText).toList())));
    }

    /**
     * The candidates, best first, each with the model's probability that it is the claim the query repeats, given
     * that one of them is (a softmax over the candidates: the listwise model was trained as exactly that).
     */
    public List<ScoredClaim> rank(MatchQuery query, List<ClaimCandidate> candidates) {
        double[][] x = features.of(query, candidates);
        double[] z = new double[x.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            z[i] = model.logit(x[i]);
            max = Math.max(max, z[i]);
        }
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(z[i] - max);
            sum += z[i];
        }
        List<ScoredClaim> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < x.length; i++) {
            out.add(new ScoredClaim(candidates.get(i).claim().id(), z[i] / sum));
        }
        out.sort(Comparator.comparingDouble(ScoredClaim::score).reversed().thenComparing(ScoredClaim::claimId));
        return out;
    }
}
