package dev.attest.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Article;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Mention;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import dev.attest.core.text.Layout;
import dev.attest.core.text.Token;
import dev.attest.core.text.Tokenizer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random and adversarial text through every extractor: nothing may throw, and every offset must
 * point inside the text with the stored text equal to the substring it names.
 */
class RandomTextBlastTest {
    private static final int INPUTS = 10_000;
    private static final String[] PIECES = {
        "“", "”", "\"", "‘", "’", "'", "«", "»", "„", " ", " ", " ", "\n", "\n\n", ",", ".", ":", "—", "said", "says",
        "told", "according to", "he", "she", "they", "The president", "Some critics", "Jane Roe", "Sanders", "Mr.",
        "U.S.", "that", "wrote", "tweeted", "saying", "a", "the", "\u0000", "\u0007", "\t", "\r", "é", "😀", "\uD800",
        "Trump’s", "won’t", "?", "!", "(", ")", "ROLL CALL", "In a tweet", "reporters", "who", "it", "who said"
    };

    private final Pipeline pipeline = Pipeline.standard();
    private final QuoteFinder quotes = new QuoteFinder();
    private final Tokenizer tokenizer = new Tokenizer();
    private final Layout.Builder layouts = new Layout.Builder();

    @Test
    void tokenizerKeepsOffsetsValid() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int n = 0; n < INPUTS; n++) {
            String text = randomText(rnd);
            for (Token t : tokenizer.tokenize(text, 0, text.length())) {
                assertThat(t.start()).isBetween(0, t.end());
                assertThat(t.end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            }
        }
    }

    @Test
    void quoteFinderKeepsOffsetsValid() {
        SplittableRandom rnd = new SplittableRandom(2);
        for (int n = 0; n < INPUTS; n++) {
            String text = randomText(rnd);
            for (Quote q : quotes.find(text, Layout.Builder.paragraphs(text))) {
                assertValid(q.outer(), text);
                assertValid(q.inner(), text);
                assertThat(q.outer().contains(q.inner())).isTrue();
            }
        }
    }

    @Test
    void layoutKeepsOffsetsValid() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int n = 0; n < INPUTS; n++) {
            String text = randomText(rnd);
            Layout layout = layouts.build(text);
            layout.paragraphs().forEach(p -> assertValid(p, text));
            layout.sentences().forEach(s -> assertValid(s, text));
        }
    }

    @Test
    void pipelineKeepsOffsetsValid() {
        SplittableRandom rnd = new SplittableRandom(4);
        for (int n = 0; n < INPUTS; n++) {
            String text = randomText(rnd);
            assertLedgerValid(pipeline.analyze(Article.ofText("r" + n, text)), text);
        }
    }

    @Test
    void pipelineSurvivesAdversarialShapes() {
        List<String> texts = List.of(
                "",
                "\"".repeat(5_000),
                "“".repeat(5_000),
                "’".repeat(5_000),
                "“a” said he. ".repeat(2_000),
                "said ".repeat(20_000),
                "according to ".repeat(10_000),
                ", ".repeat(20_000),
                "\n".repeat(10_000),
                "A".repeat(200_000),
                "Jane Roe said that " + "x ".repeat(100_000),
                "\u0000\u0001\u0002 said \u0003“\u0004”");
        for (String text : texts) {
            assertLedgerValid(pipeline.analyze(Article.ofText("adv", text)), text);
        }
    }

    @Test
    void pipelineHandlesOneMegabyteArticle() {
        SplittableRandom rnd = new SplittableRandom(5);
        StringBuilder sb = new StringBuilder(1_100_000);
        while (sb.length() < 1_000_000) {
            sb.append(randomText(rnd)).append("\n\n");
        }
        String text = sb.toString();
        assertLedgerValid(pipeline.analyze(Article.ofText("big", text)), text);
    }

    private static void assertLedgerValid(Ledger ledger, String text) {
        for (Statement s : ledger.statements()) {
            assertValid(s.content(), text);
            assertThat(s.contentText()).isEqualTo(s.content().of(text));
            if (s.cue() != null) {
                assertValid(s.cue(), text);
                assertThat(s.cueText()).isEqualTo(s.cue().of(text));
            }
            if (s.speaker() != null && s.speaker().mention() != null) {
                Mention m = s.speaker().mention();
                assertValid(m.span(), text);
                assertThat(m.text()).isEqualTo(m.span().of(text));
            }
            assertThat(s.provenance().confidence()).isBetween(0.0, 1.0);
        }
    }

    private static void assertValid(Span s, String text) {
        assertThat(s.start()).isGreaterThanOrEqualTo(0);
        assertThat(s.end()).isLessThanOrEqualTo(text.length()).isGreaterThanOrEqualTo(s.start());
    }

    private static String randomText(SplittableRandom rnd) {
        int pieces = rnd.nextInt(1, 80);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            int mode = rnd.nextInt(10);
            if (mode < 6) {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            } else if (mode < 9) {
                int len = rnd.nextInt(1, 9);
                for (int k = 0; k < len; k++) {
                    sb.append((char) ('a' + rnd.nextInt(26)));
                }
                if (rnd.nextBoolean()) {
                    sb.setCharAt(sb.length() - len, Character.toUpperCase(sb.charAt(sb.length() - len)));
                }
            } else {
                sb.append((char) rnd.nextInt(0x20, 0x3000));
            }
            if (rnd.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
