package dev.attest.spark.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteKeyTest {
    @Test
    void lowercasesStripsPunctuationAndCollapsesWhitespace() {
        assertThat(QuoteKey.normalise("  We will NOT raise fares,\n  period!  ")).isEqualTo("we will not raise fares period");
    }

    @Test
    void typographicAndStraightApostrophesAgree() {
        assertThat(QuoteKey.normalise("We don’t know")).isEqualTo(QuoteKey.normalise("we don't know"))
                .isEqualTo("we dont know");
    }

    @Test
    void dashesSeparateWords() {
        assertThat(QuoteKey.normalise("now—and forever")).isEqualTo("now and forever");
        assertThat(QuoteKey.normalise("a well-known fact")).isEqualTo("a well known fact");
    }

    @Test
    void keepsLettersOutsideAscii() {
        assertThat(QuoteKey.normalise("Déjà vu, señor")).isEqualTo("déjà vu señor");
    }

    @Test
    void countsWords() {
        assertThat(QuoteKey.wordCount("")).isZero();
        assertThat(QuoteKey.wordCount("one two three")).isEqualTo(3);
    }
}
