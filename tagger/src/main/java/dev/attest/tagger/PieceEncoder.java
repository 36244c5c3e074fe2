package dev.attest.tagger;

/** Turns an article text into word pieces with contextual states; tests substitute cheap encoders. */
@FunctionalInterface
public interface PieceEncoder {
    PieceStates encode(String text);
}
