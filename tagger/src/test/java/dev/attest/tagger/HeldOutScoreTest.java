package dev.attest.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldOutScoreTest {
    private static final String TEXT = "Smith said taxes rose.";

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length());
    }

    /** Scores that make the decoder pick exactly the given content and source words for the cue "said". */
    private static CueScope.CueScores scores(Words words, Span content, Span source) {
        float[][] scores = new float[words.size()][CueScopeModel.OUTPUTS];
        boolean contentStarted = false;
        boolean sourceStarted = false;
        for (int w = 0; w < words.size(); w++) {
            Span word = words.spans().get(w);
            int contentTag = Tag.OUTSIDE.ordinal();
            if (word.overlaps(content)) {
                contentTag = (contentStarted ? Tag.INSIDE : Tag.BEGIN).ordinal();
                contentStarted = true;
            }
            int sourceTag = Tag.OUTSIDE.ordinal();
            if (word.overlaps(source)) {
                sourceTag = (sourceStarted ? Tag.INSIDE : Tag.BEGIN).ordinal();
                sourceStarted = true;
            }
            scores[w][contentTag] = 10;
            scores[w][Tag.COUNT + sourceTag] = 10;
        }
        int[] cue = words.range(span("said"));
        return new CueScope.CueScores(cue[0], cue[1], 0, scores, new boolean[words.size()]);
    }

    @Test
    void aPerfectAttributionScoresOneEverywhereAndAMissedSourceLosesOnlyTheSource() {
        Words words = Words.of(TEXT, new FakeEncoder(1).encode(TEXT));
        LabelledText gold = new LabelledText("a", TEXT, List.of(),
                List.of(new LabelledText.Relation(span("said"), span("taxes rose."), span("Smith"))));

        HeldOutScore perfect = HeldOutScore.of(List.of(List.of(scores(words, span("taxes rose"), span("Smith")))),
                List.of(gold), List.of(words), CueScope.NO_SHIFTS);
        assertThat(perfect).isEqualTo(new HeldOutScore(1, 1, 1, 1));

        HeldOutScore noSource = HeldOutScore.of(List.of(List.of(scores(words, span("taxes rose"), new Span(0, 0)))),
                List.of(gold), List.of(words), CueScope.NO_SHIFTS);
        assertThat(noSource.overlap30()).isEqualTo(1);
        assertThat(noSource.source()).isZero();
    }

    @Test
    void contentThatCoversTheWholeSentenceIsPairedButNotExact() {
        Words words = Words.of(TEXT, new FakeEncoder(1).encode(TEXT));
        LabelledText gold = new LabelledText("a", TEXT, List.of(),
                List.of(new LabelledText.Relation(span("said"), span("taxes rose"), span("Smith"))));
        HeldOutScore s = HeldOutScore.of(List.of(List.of(scores(words, span("said taxes rose"), span("Smith")))),
                List.of(gold), List.of(words), CueScope.NO_SHIFTS);
        assertThat(s.overlap30()).isEqualTo(1);
        assertThat(s.exact()).isZero();
    }
}
