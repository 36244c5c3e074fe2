package dev.attest.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BioDecoderTest {
    private static double[] p(double outside, double begin, double inside) {
        return new double[] {Math.log(outside), Math.log(begin), Math.log(inside)};
    }

    @Test
    void decodesTheMostProbableSpans() {
        double[][] logProbs = {p(.8, .1, .1), p(.1, .8, .1), p(.1, .1, .8), p(.8, .1, .1), p(.1, .8, .1)};
        assertThat(BioDecoder.decode(logProbs)).extracting(BioDecoder.WordRange::first, BioDecoder.WordRange::last)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(4, 4));
    }

    @Test
    void insideNeverFollowsOutside() {
        // Greedy would give O I: inside without a begin. The constraint makes the best valid path B I or O O.
        double[][] logProbs = {p(.5, .45, .05), p(.1, .1, .8)};
        var ranges = BioDecoder.decode(logProbs);
        assertThat(ranges).hasSize(1);
        assertThat(ranges.getFirst().first()).isZero();
        assertThat(ranges.getFirst().last()).isEqualTo(1);
    }

    @Test
    void emptyInputHasNoSpans() {
        assertThat(BioDecoder.decode(new double[0][])).isEmpty();
    }

    @Test
    void aSequenceStartingInsideIsRepairedToBegin() {
        assertThat(BioDecoder.ranges(new int[] {2, 2, 0}, new double[][] {p(.1, .1, .8), p(.1, .1, .8), p(.8, .1, .1)}))
                .extracting(BioDecoder.WordRange::first, BioDecoder.WordRange::last)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1));
    }
}
