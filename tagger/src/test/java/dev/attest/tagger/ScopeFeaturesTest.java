package dev.attest.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeFeaturesTest {
    private static final String TEXT = "Mr. Smith said taxes rose. \"No,\" Jones said.\n\nA new paragraph starts here.";

    private static Words words() {
        return Words.of(TEXT, new FakeEncoder(1).encode(TEXT));
    }

    private static int word(Words words, String text, int occurrence) {
        int seen = 0;
        for (int w = 0; w < words.size(); w++) {
            if (words.spans().get(w).of(TEXT).equals(text) && seen++ == occurrence) {
                return w;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void sentencesEndAtAFullStopBeforeACapitalButNotAfterATitle() {
        Words words = words();
        ScopeFeatures.Layout layout = ScopeFeatures.layout(TEXT, words);
        assertThat(layout.sentence()[word(words, "Smith", 0)]).isZero();
        assertThat(layout.sentence()[word(words, "rose", 0)]).isZero();
        assertThat(layout.sentence()[word(words, "Jones", 0)]).isEqualTo(1);
        assertThat(layout.sentence()[word(words, "new", 0)]).isEqualTo(2);
    }

    @Test
    void paragraphsBoundTheWordsACueLooksAt() {
        Words words = words();
        ScopeFeatures.Layout layout = ScopeFeatures.layout(TEXT, words);
        int said = word(words, "said", 1);
        assertThat(layout.paragraphStart()[said]).isZero();
        assertThat(layout.paragraphEnd()[said]).isEqualTo(word(words, "A", 0));
        assertThat(layout.paragraphEnd()[word(words, "here", 0)]).isEqualTo(words.size() - 1 + 1);
    }

    @Test
    void featuresSayWhichSideOfTheCueAWordIsAndWhetherAQuotationMarkLiesBetween() {
        Words words = words();
        ScopeFeatures.Layout layout = ScopeFeatures.layout(TEXT, words);
        float[][] wordFeatures = ScopeFeatures.wordInputs(WordFeatures.of(TEXT, words, List.of()), new float[words.size()][TaggerModel.OUTPUTS]);
        int said = word(words, "said", 1);
        float[] f = new float[ScopeFeatures.COUNT];
        int quoteMarkBetween = ScopeFeatures.POSITIONS + 2 * ScopeFeatures.DISTANCES + ScopeFeatures.SENTENCES;

        ScopeFeatures.of(layout, wordFeatures, said, said, word(words, "No", 0), f);
        assertThat(f[0]).as("before").isEqualTo(1);
        assertThat(f[quoteMarkBetween]).isEqualTo(1);

        ScopeFeatures.of(layout, wordFeatures, said, said, said, f);
        assertThat(f[1]).as("inside").isEqualTo(1);
        assertThat(f[quoteMarkBetween]).isZero();

        ScopeFeatures.of(layout, wordFeatures, said, said, word(words, "Jones", 0), f);
        assertThat(f[0]).as("Jones is before the second said").isEqualTo(1);
        assertThat(f[ScopeFeatures.POSITIONS]).as("one word away").isEqualTo(1);
    }
}
