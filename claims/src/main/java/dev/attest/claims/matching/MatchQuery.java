package dev.attest.claims.matching;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

/**
 * A text to match, as re-ranking sees it: the cleaned text ({@link QueryText#clean}), its unit-length MiniLM
 * embedding, and the embeddings of its sentences when it has more than one (a tweet often wraps the claim in
 * commentary, so the best single sentence can be closer to the claim than the whole); empty otherwise. The
 * {@code retrieval} ones are the same texts embedded as queries by the retrieval encoder (bge). {@code posted} is
 * when the text was published, when it says so ({@link QueryText#posted}): a claim about a later year is not the one
 * a post repeats.
 */
public record MatchQuery(String text, float[] embedding, List<float[]> sentenceEmbeddings,
        float[] retrievalEmbedding, List<float[]> retrievalSentenceEmbeddings, Optional<YearMonth> posted) {
    public MatchQuery {
        Objects.requireNonNull(posted, "posted");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(retrievalEmbedding, "retrievalEmbedding");
        sentenceEmbeddings = List.copyOf(sentenceEmbeddings);
        retrievalSentenceEmbeddings = List.copyOf(retrievalSentenceEmbeddings);
    }
}
