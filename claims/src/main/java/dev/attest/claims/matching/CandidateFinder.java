package dev.attest.claims.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * First-stage retrieval for claim matching: the top {@value #BM25_CANDIDATES} claims by BM25 and the top
 * {@value #DENSE_CANDIDATES} by embedding cosine, for a {@link ClaimReranker} to order. BM25 scores of
 * embedding-only candidates are looked up in BM25's top {@value #BM25_DEPTH} (0 below it), so the re-ranker sees
 * how far down BM25 put them. Thread-safe when the embedder is.
 */
public final class CandidateFinder {
    public static final int BM25_CANDIDATES = 20;
    public static final int DENSE_CANDIDATES = 20;
    static final int BM25_DEPTH = 100;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private final LexicalRetriever lexical;
    private final ClaimEmbeddings claims;
    private final Function<String, float[]> embedder;

    /** @param embedder unit-length sentence embeddings (MiniLM's {@code SentenceEncoder::encode}), as in {@code claims} */
    public CandidateFinder(LexicalRetriever lexical, ClaimEmbeddings claims, Function<String, float[]> embedder) {
        this.lexical = Objects.requireNonNull(lexical, "lexical");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    public List<VerifiedClaim> claims() {
        return claims.claims();
    }

    /** The cleaned text with its embedding and, for texts of several sentences, each sentence's. */
    public MatchQuery query(String text) {
        String clean = QueryText.clean(text);
        List<float[]> sentences = new ArrayList<>();
        String[] parts = SENTENCE_END.split(clean);
        if (parts.length > 1) {
            for (String p : parts) {
                if (Terms.of(p).size() >= 3) { // fragments like "Wow!" say nothing about a claim
                    sentences.add(embedder.apply(p));
                }
            }
        }
        String content = QueryText.content(text);
        if (!content.equals(clean) && Terms.of(content).size() >= 3) {
            sentences.add(embedder.apply(content)); // the post without its author's name, a "sentence" of its own
        }
        return new MatchQuery(clean, embedder.apply(clean), sentences);
    }

    /** BM25's and the embeddings' top candidates, BM25's first, without repeats. */
    public List<ClaimCandidate> candidates(MatchQuery q) {
        List<ScoredClaim> bm25 = lexical.top(q.text(), BM25_DEPTH);
        Map<String, Double> bm25Score = new LinkedHashMap<>();
        bm25.forEach(s -> bm25Score.putIfAbsent(s.claimId(), s.score()));
        Map<String, ClaimCandidate> out = new LinkedHashMap<>();
        for (ScoredClaim s : bm25.subList(0, Math.min(BM25_CANDIDATES, bm25.size()))) {
            out.putIfAbsent(s.claimId(), claims.candidate(s.claimId(), s.score()));
        }
        for (String id : claims.nearest(q.embedding(), DENSE_CANDIDATES)) {
            out.computeIfAbsent(id, k -> claims.candidate(k, bm25Score.getOrDefault(k, 0.0)));
        }
        return List.copyOf(out.values());
    }
}
