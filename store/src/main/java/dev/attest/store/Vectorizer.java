package dev.attest.store;

import java.util.List;

/**
 * Turns statement texts into embedding vectors, the seam where an in-process sentence model (MiniLM in the
 * claims module) plugs into the store. The store indexes the vectors as HNSW (cosine) next to the BM25 text;
 * with {@link #none()} it indexes no vectors at all.
 */
public interface Vectorizer {
    /** Identifies the model, so a store is never filled with vectors of two different models. */
    String name();

    /** Vector length; 0 means this vectorizer produces none. */
    int dimensions();

    /** One vector of {@link #dimensions()} floats per text, in order. Called once per article. */
    List<float[]> embed(List<String> texts);

    static Vectorizer none() {
        return new NoVectors();
    }

    /** The default: statements are searchable by words only. */
    record NoVectors() implements Vectorizer {

        @Override
        public String name() {
            return "none";
        }

        @Override
        public int dimensions() {
            return 0;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            return List.of();
        }
    }
}
