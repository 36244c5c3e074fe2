package dev.attest.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MiniLmStatesTest {
    private static MiniLmStates encoder;

    @BeforeAll
    static void load() {
        encoder = new MiniLmStates();
    }

    @Test
    void pieceSpansAreJavaStringIndicesEvenAfterAccentsEmojiAndCurlyQuotes() {
        String text = "Café owner José 🙂 said: “naïve” — résumé’s 𝔘nicode ok.";
        MiniLmStates.Pieces pieces = encoder.tokenize(text);
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < pieces.starts().length; i++) {
            seen.append(text, pieces.starts()[i], pieces.ends()[i]).append('|');
        }
        assertThat(seen.toString()).contains("|José|").contains("|said|").contains("|“|").contains("|”|")
                .contains("|ok|").contains("|.|").startsWith("Caf");
        assertThat(text.substring(pieces.starts()[pieces.starts().length - 2], pieces.ends()[pieces.ends().length - 2]))
                .isEqualTo("ok");
    }

    @Test
    void longTextGetsOneStateRowPerPieceAcrossWindows() {
        String sentence = "The senator claimed on Tuesday that taxes would rise. ";
        String text = sentence.repeat(60);
        PieceStates states = encoder.encode(text);
        assertThat(states.size()).isGreaterThan(MiniLmStates.WINDOW * 2);
        for (int i = 0; i < states.size(); i++) {
            double norm = 0;
            for (int d = 0; d < PieceStates.DIMENSIONS; d++) {
                norm += states.states()[i * PieceStates.DIMENSIONS + d] * states.states()[i * PieceStates.DIMENSIONS + d];
            }
            assertThat(norm).as("piece %d has a state", i).isGreaterThan(0.0);
        }
    }

    @Test
    void aMiddleLayerIsExposedAndDiffersFromTheLastWhileTheMeanOfLayersIsTheirAverage() {
        String text = "The mayor said on Monday that the bridge would reopen.";
        PieceStates last = encoder.encode(text);
        PieceStates fourth = new MiniLmStates(List.of(4)).encode(text);
        PieceStates mean = new MiniLmStates(List.of(4, 6)).encode(text);
        assertThat(fourth.starts()).isEqualTo(last.starts());
        assertThat(fourth.states()).isNotEqualTo(last.states());
        for (int i = 0; i < mean.states().length; i++) {
            assertThat(mean.states()[i]).isCloseTo((fourth.states()[i] + last.states()[i]) / 2, within(1e-4f));
        }
        assertThat(new MiniLmStates(List.of(4, 6)).layers()).containsExactly(4, 6);
    }

    @Test
    void aLayerOutsideTheModelIsRefused() {
        assertThatThrownBy(() -> new MiniLmStates(List.of(7))).hasMessageContaining("layers 1 to 6");
        assertThatThrownBy(() -> new MiniLmStates(List.of())).hasMessageContaining("no MiniLM layer");
    }

    @Test
    void randomTextNeverYieldsASpanOutsideTheText() {
        Random random = new Random(7);
        String alphabet = "ab Zé“”\"'.,;:\n\t-—🙂𝔘\u0000\u200b\uFEFF0123";
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                b.append(alphabet.charAt(at));
            }
            String text = b.toString();
            MiniLmStates.Pieces pieces = encoder.tokenize(text);
            for (int i = 0; i < pieces.starts().length; i++) {
                assertThat(pieces.starts()[i]).isBetween(0, text.length());
                assertThat(pieces.ends()[i]).isBetween(pieces.starts()[i] + 1, text.length());
            }
        }
    }
}
