package dev.attest.core.extract;

import dev.attest.core.model.Span;

/**
 * A reporting cue in the text and the speaker phrase read next to it.
 *
 * @param token       index of the cue's (last) token
 * @param firstToken  index of the cue's first token ("according" in "according to")
 * @param span        the cue words
 * @param lemma       the reporting verb's lemma, or "according to"
 * @param speaker     the speaker phrase, or null (a participle like ", saying" inherits one)
 * @param inverted    the speaker follows the cue ("said Trump", "according to Roll Call")
 * @param participle  ", saying that ...": the cue continues the clause before it
 */
record Cue(int token, int firstToken, Span span, String lemma, SpeakerPhrases.Found speaker, boolean inverted,
        boolean participle, int sentence) {

    int speakerFirstToken() {
        return speaker == null ? token : speaker.firstToken();
    }

    int speakerLastToken() {
        return speaker == null ? token : speaker.lastToken();
    }

    /** First token of the cue construction (speaker or cue word, whichever comes first). */
    int startToken() {
        return inverted || speaker == null ? firstToken : Math.min(firstToken, speaker.firstToken());
    }

    /** Last token of the cue construction. */
    int endToken() {
        return inverted && speaker != null ? speaker.lastToken() : token;
    }
}
