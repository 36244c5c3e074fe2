package dev.attest.claims.matching;

import java.util.Objects;
import java.util.function.Function;

/**
 * The verified claims embedded by one encoder, with how that encoder embeds a query: the two must come from the
 * same model. An asymmetric retrieval model (bge) embeds queries differently from the claims it searches.
 *
 * @param queryEmbedder unit-length query embeddings, e.g. {@code SentenceEncoder::encode} or {@code BgeSmallEncoder::encodeQuery}
 */
public record EmbeddingSpace(ClaimEmbeddings claims, Function<String, float[]> queryEmbedder) {
    public EmbeddingSpace {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(queryEmbedder, "queryEmbedder");
    }
}
