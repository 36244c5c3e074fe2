package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Claim;
import dev.attest.core.model.Dispute;
import dev.attest.core.model.Hedge;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random and adversarial text through the claim analyser: nothing may throw, every span must lie
 * inside the text with its stored text equal to the substring, and every dispute must point at a
 * statement or claim that exists.
 */
class RandomClaimBlastTest {
    private static final int INPUTS = 10_000;
    private static final int EMBEDDED_INPUTS = 100;
    private static final String[] PIECES = {
        "“", "”", "\"", "‘", "’", "'", " ", " ", " ", " ", "\n", "\n\n", ",", ".", ";", ":", "—", "!", "?", "(", ")",
        "said", "says", "told", "claimed", "alleged", "insisted", "according to", "reportedly", "without evidence",
        "he", "she", "they", "The president", "Some critics", "critics say", "Jane Roe", "Sanders", "U.S.", "Mr.",
        "that", "which is not true", "There is no evidence", "no credible reports", "didn’t offer any details",
        "did not provide evidence", "falsely", "debunked", "Despite that", "In fact", "Contrary to", "may", "might",
        "will", "because of", "more than", "3,500", "$2 million", "40 percent", "law", "illegal", "TURN AROUND",
        "injuries", "soldiers", "hurt", "the", "a", "and", "but", ", but", ", and", "\u0000", "\u0007", "\t", "\r",
        "é", "😀", "\uD800", "\uDC00", "Trump’s", "won’t", "isn't", "thousands of troops", "It is believed"
    };

    @Test
    void lexicalAnalyserKeepsEverythingValid() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int n = 0; n < INPUTS; n++) {
            String text = randomText(rnd, 60);
            Ledger ledger = Analyzers.ledger(text);
            assertValid(ledger, Analyzers.lexical().analyze(ledger), text);
        }
    }

    @Test
    void embeddingPathSurvivesAdversarialText() {
        SplittableRandom rnd = new SplittableRandom(12);
        for (int n = 0; n < EMBEDDED_INPUTS; n++) {
            String text = randomText(rnd, 40);
            Ledger ledger = Analyzers.ledger(text);
            assertValid(ledger, Analyzers.standard().analyze(ledger), text);
        }
    }

    @Test
    void emptyAndBlankArticlesHaveNoClaims() {
        for (String text : List.of("", " ", "\n\n\n", "\u0000", "“”")) {
            ClaimAnalysis a = Analyzers.standard().analyze(Analyzers.ledger(text));
            assertThat(a.claims()).isEmpty();
            assertThat(a.disputes()).isEmpty();
        }
    }

    private static void assertValid(Ledger ledger, ClaimAnalysis a, String text) {
        Set<String> ids = new HashSet<>();
        for (Statement s : ledger.statements()) {
            ids.add(s.id());
        }
        for (Claim c : a.claims()) {
            assertThat(ids.add(c.id())).as("unique claim id %s", c.id()).isTrue();
            assertSpan(c.span(), c.text(), text);
            assertThat(c.checkworthiness()).isBetween(0.0, 1.0);
            for (Hedge h : c.hedges()) {
                assertSpan(h.cue(), h.cueText(), text);
            }
            if (c.statementId() != null) {
                assertThat(ledger.statements()).anyMatch(s -> s.id().equals(c.statementId()));
            }
        }
        for (Dispute d : a.disputes()) {
            assertSpan(d.evidence(), d.evidenceText(), text);
            assertThat(ids).contains(d.targetId());
            assertThat(d.confidence()).isBetween(0.0, 1.0);
        }
        a.statementHedges().values().forEach(hs -> hs.forEach(h -> assertSpan(h.cue(), h.cueText(), text)));
    }

    private static void assertSpan(Span s, String stored, String text) {
        assertThat(s.start()).isBetween(0, s.end());
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(s.start(), s.end())).isEqualTo(stored);
    }

    private static String randomText(SplittableRandom rnd, int maxPieces) {
        int pieces = rnd.nextInt(maxPieces);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            if (rnd.nextInt(8) == 0) {
                sb.append((char) rnd.nextInt(0x20, 0x3000));
            } else {
                sb.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            if (rnd.nextBoolean()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
