package dev.attest.claims.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * First-stage retrieval for claim matching: the top {@value #BM25_CANDIDATES} claims by BM25, the top
 * {@value #DENSE_CANDIDATES} by MiniLM cosine and the top {@value #RETRIEVAL_CANDIDATES} by bge cosine, for a
 * {@link ClaimReranker} to order. BM25 scores of embedding-only candidates are looked up in BM25's top
 * {@value #BM25_DEPTH} (0 below it), so the re-ranker sees how far down BM25 put them. Thread-safe when the
 * embedders are.
 */
public final class CandidateFinder {
    public static final int BM25_CANDIDATES = 20;
    public static final int DENSE_CANDIDATES = 20;
    public static final int RETRIEVAL_CANDIDATES = 20;
    static final int BM25_DEPTH = 100;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private final LexicalRetriever lexical;
    private final EmbeddingSpace minilm;
    private final EmbeddingSpace retrieval;
    private final int bm25Candidates;
    private final int denseCandidates;
    private final int retrievalCandidates;

    /**
     * @param minilm the claims embedded by MiniLM, queries too ({@code SentenceEncoder::encode})
     * @param retrieval the claims' passages embedded by bge ({@link ClaimEmbeddings#computePassages} with
     *     {@code BgeSmallEncoder::encode}), queries as queries
     *     ({@code BgeSmallEncoder::encodeQuery}); both spaces over the same claims, in the same order
     */
    public CandidateFinder(LexicalRetriever lexical, EmbeddingSpace minilm, EmbeddingSpace retrieval) {
        this(lexical, minilm, retrieval, BM25_CANDIDATES, DENSE_CANDIDATES, RETRIEVAL_CANDIDATES);
    }

    /** With other candidate counts than the shipped ones, for experiments judged by cross-validation on train. */
    CandidateFinder(LexicalRetriever lexical, EmbeddingSpace minilm, EmbeddingSpace retrieval, int bm25Candidates,
            int denseCandidates, int retrievalCandidates) {
        this.lexical = Objects.requireNonNull(lexical, "lexical");
        this.minilm = Objects.requireNonNull(minilm, "minilm");
        this.retrieval = Objects.requireNonNull(retrieval, "retrieval");
        if (!minilm.claims().claims().equals(retrieval.claims().claims())) {
            throw new IllegalArgumentException("the MiniLM and retrieval embeddings cover different verified claims");
        }
        this.bm25Candidates = bm25Candidates;
        this.denseCandidates = denseCandidates;
        this.retrievalCandidates = retrievalCandidates;
    }

    public List<VerifiedClaim> claims() {
        return minilm.claims().claims();
    }

    /** The cleaned text with its embeddings and, for texts of several sentences, each sentence's. */
    public MatchQuery query(String text) {
        String clean = QueryText.clean(text);
        List<String> sentences = new ArrayList<>();
        String[] parts = SENTENCE_END.split(clean);
        if (parts.length > 1) {
            for (String p : parts) {
                if (Terms.of(p).size() >= 3) { // fragments like "Wow!" say nothing about a claim
                    sentences.add(p);
                }
            }
        }
        String content = QueryText.content(text);
        if (!content.equals(clean) && Terms.of(content).size() >= 3) {
            sentences.add(content); // the post without its author's name, a "sentence" of its own
        }
        return new MatchQuery(clean, minilm.queryEmbedder().apply(clean), sentences.stream().map(minilm.queryEmbedder()).toList(),
                retrieval.queryEmbedder().apply(clean), sentences.stream().map(retrieval.queryEmbedder()).toList(), QueryText.posted(text));
    }

    /** BM25's, MiniLM's and bge's top candidates, in that order, without repeats. */
    public List<ClaimCandidate> candidates(MatchQuery q) {
        List<ScoredClaim> bm25 = lexical.top(q.text(), Math.max(BM25_DEPTH, bm25Candidates));
        Map<String, Double> bm25Score = new LinkedHashMap<>();
        bm25.forEach(s -> bm25Score.putIfAbsent(s.claimId(), s.score()));
        Map<String, ClaimCandidate> out = new LinkedHashMap<>();
        for (ScoredClaim s : bm25.subList(0, Math.min(bm25Candidates, bm25.size()))) {
            out.putIfAbsent(s.claimId(), candidate(s.claimId(), s.score()));
        }
        for (String id : minilm.claims().nearest(q.embedding(), denseCandidates)) {
            out.computeIfAbsent(id, k -> candidate(k, bm25Score.getOrDefault(k, 0.0)));
        }
        for (String id : retrieval.claims().nearest(q.retrievalEmbedding(), retrievalCandidates)) {
            out.computeIfAbsent(id, k -> candidate(k, bm25Score.getOrDefault(k, 0.0)));
        }
        return List.copyOf(out.values());
    }

    private ClaimCandidate candidate(String id, double bm25) {
        ClaimEmbeddings m = minilm.claims();
        ClaimEmbeddings r = retrieval.claims();
        return new ClaimCandidate(m.claim(id), bm25, m.text(id), m.title(id), r.text(id));
    }
}
