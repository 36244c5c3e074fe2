package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attest.core.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhrasePatternTest {
    private final Tokenizer tokenizer = new Tokenizer();

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiter = ';', textBlock = """
            no credible? evidence|reports ; There are no credible reports of it. ; no credible reports
            no credible? evidence|reports ; There is no evidence. ; no evidence
            did not offer any? details ; He didn’t offer any details. ; didn’t offer any details
            predict* ; Analysts predicted a fall. ; predicted
            it is|was _ that ; It was clear that he left. ; It was clear that
            """)
    void matches(String pattern, String text, String expected) {
        List<Word> words = Word.of(tokenizer.tokenize(text, 0, text.length()));
        List<PhrasePattern.Match> found = PhrasePattern.of(pattern).findAll(words, 0, words.size());
        assertThat(found).hasSize(1);
        PhrasePattern.Match m = found.getFirst();
        assertThat(text.substring(words.get(m.from()).start(), words.get(m.to() - 1).end())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} not in \"{1}\"")
    @CsvSource(delimiter = ';', textBlock = """
            no credible? evidence ; The evidence is credible.
            did not offer ; He did offer details.
            """)
    void doesNotMatch(String pattern, String text) {
        List<Word> words = Word.of(tokenizer.tokenize(text, 0, text.length()));
        assertThat(PhrasePattern.of(pattern).findAll(words, 0, words.size())).isEmpty();
        assertThat(new PhraseSet(List.of(PhrasePattern.of(pattern))).anyMatch(words)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void rejectsAPatternWithNothingRequired() {
        assertThatThrownBy(() -> PhrasePattern.of("maybe? perhaps?")).isInstanceOf(IllegalArgumentException.class);
    }
}
