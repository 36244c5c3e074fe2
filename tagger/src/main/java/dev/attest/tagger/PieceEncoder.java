package dev.attest.tagger;

import java.util.List;

/** Turns an article text into word pieces with contextual states; tests substitute cheap encoders. */
@FunctionalInterface
public interface PieceEncoder {
    PieceStates encode(String text);

    /** Which MiniLM layers' mean the states are (1-based); a model trained on one choice must be run on the same. */
    default List<Integer> layers() {
        return List.of(MiniLmStates.LAYERS);
    }
}
