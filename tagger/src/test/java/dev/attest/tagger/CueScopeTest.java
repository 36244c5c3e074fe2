package dev.attest.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueScopeTest {
    /** Per word the probabilities of outside, begin, inside of the source tags, as log-probabilities. */
    private static double[][] source(double[]... probabilities) {
        double[][] logs = new double[probabilities.length][Tag.COUNT];
        for (int w = 0; w < probabilities.length; w++) {
            logs[w][Tag.OUTSIDE.ordinal()] = Math.log(probabilities[w][0]);
            logs[w][Tag.BEGIN.ordinal()] = Math.log(probabilities[w][1]);
            logs[w][Tag.INSIDE.ordinal()] = Math.log(probabilities[w][2]);
        }
        return logs;
    }

    private static final double[] OUT = {0.98, 0.01, 0.01};

    /** Six words from index 10: cue at word 12, no punctuation. */
    private static CueScope.CueScores cue(boolean... punctuation) {
        boolean[] p = punctuation.length == 0 ? new boolean[6] : punctuation;
        return new CueScope.CueScores(12, 12, 10, new float[6][CueScopeModel.OUTPUTS], p);
    }

    @Test
    void aSourceJustBelowDecidingIsForcedWhenItsCostIsWithinTheLimit() {
        double[][] s = source(new double[] {0.6, 0.4, 0.0001}, OUT, OUT, OUT, OUT, OUT);
        double cost = Math.log(0.6 / 0.4);
        BioDecoder.WordRange forced = CueScope.forcedSource(cue(), s, 3, 5, cost + 0.01);
        assertThat(forced).isNotNull();
        assertThat(forced.first()).isZero();
        assertThat(forced.last()).isZero();
        assertThat(CueScope.forcedSource(cue(), s, 3, 5, cost - 0.01)).isNull();
    }

    @Test
    void aNegativeLimitNeverForcesASource() {
        double[][] s = source(new double[] {0.5, 0.5, 0.0001}, OUT, OUT, OUT, OUT, OUT);
        assertThat(CueScope.forcedSource(cue(), s, 3, 5, -1)).isNull();
    }

    @Test
    void aForcedSourceRunsOnWhileInsideCostsLessThanStoppingAndStaysOutOfCueContentAndPunctuation() {
        double[] likelyBegin = {0.3, 0.69, 0.01};
        double[] likelyInside = {0.3, 0.01, 0.69};
        // word 0 begins and word 1 continues; word 2 is the cue (12), word 3 punctuation, words 4-5 content: all three
        // would be better sources and must not be taken
        double[][] s = source(likelyBegin, likelyInside, new double[] {0.01, 0.98, 0.01}, new double[] {0.01, 0.98, 0.01},
                new double[] {0.01, 0.98, 0.01}, new double[] {0.01, 0.01, 0.98});
        BioDecoder.WordRange forced = CueScope.forcedSource(cue(false, false, false, true, false, false), s, 4, 5, 10);
        assertThat(forced).isNotNull();
        assertThat(forced.first()).isZero();
        assertThat(forced.last()).isEqualTo(1);
        assertThat(forced.confidence()).isBetween(0.68, 0.70);
    }

    /** Raw scores of one word: {@code content} and {@code source} are the tags each role is sure of. */
    private static float[] word(Tag content, Tag source) {
        float[] scores = new float[CueScopeModel.OUTPUTS];
        scores[CueScopeModel.CONTENT * Tag.COUNT + content.ordinal()] = 8;
        scores[CueScopeModel.SOURCE * Tag.COUNT + source.ordinal()] = 8;
        return scores;
    }

    @Test
    void theSourceOfAQuoteSplitByHeSaidIsKeptThoughTheContentSpanCoversIt() {
        // ''I'm fine,'' Hoekstra said. ''Really.'': PolNeAR's covering content runs over "Hoekstra said", so the head
        // tags "Hoekstra" as content and as source
        float[][] scores = {
                word(Tag.BEGIN, Tag.OUTSIDE), word(Tag.INSIDE, Tag.OUTSIDE), word(Tag.INSIDE, Tag.BEGIN),
                word(Tag.INSIDE, Tag.OUTSIDE), word(Tag.INSIDE, Tag.OUTSIDE), word(Tag.INSIDE, Tag.OUTSIDE)};
        CueScope.Decoded d = CueScope.decode(new CueScope.CueScores(13, 13, 10, scores, new boolean[6]), CueScope.NO_SHIFTS);
        assertThat(d.contentFirst()).isEqualTo(10);
        assertThat(d.contentLast()).isEqualTo(15);
        assertThat(d.hasSource()).isTrue();
        assertThat(d.sourceFirst()).isEqualTo(12);
        assertThat(d.sourceLast()).isEqualTo(12);
    }
}
