package dev.attest.core.extract;

/** What a stage reads and writes in the per-article {@link Work}. */
enum Layer {
    LAYOUT,
    QUOTES,
    CUES,
    DRAFTS,
    SPEAKERS,
    ENTITIES,
    CHANNELS
}
