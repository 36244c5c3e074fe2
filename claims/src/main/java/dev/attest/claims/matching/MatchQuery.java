package dev.attest.claims.matching;

import java.util.List;
import java.util.Objects;

/**
 * A text to match, as re-ranking sees it: the cleaned text ({@link QueryText#clean}), its unit-length embedding,
 * and the embeddings of its sentences when it has more than one (a tweet often wraps the claim in commentary, so
 * the best single sentence can be closer to the claim than the whole); empty otherwise.
 */
public record MatchQuery(String text, float[] embedding, List<float[]> sentenceEmbeddings) {
    public MatchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(embedding, "embedding");
        sentenceEmbeddings = List.copyOf(sentenceEmbeddings);
    }
}
