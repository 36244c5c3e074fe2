package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attest.core.model.Article;
import dev.attest.core.model.Claim;
import dev.attest.core.model.Dispute;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 4's acceptance on the hand-annotated caravan article (shared data; skipped when absent, fails in CI). */
class CaravanClaimsAcceptanceTest {
    private static String text;
    private static JsonNode expected;
    private static Ledger ledger;
    private static ClaimAnalysis analysis;

    @BeforeAll
    static void analyse() throws Exception {
        Path dir = SharedData.require("examples/caravan");
        text = Files.readString(dir.resolve("article.txt"));
        expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        ledger = Analyzers.pipeline().analyze(new Article("caravan", expected.get("title").asText(), text, "caravan", null, null));
        analysis = Analyzers.standard().analyze(ledger);
    }

    @Test
    void findsBothDisputesLinkedToTheStatementsTheyContest() {
        assertThat(disputeOfStatementHolding("Mexican soldiers hurt").evidenceText()).contains("no credible reports");
        Dispute fighters = disputeOfStatementHolding("some very tough fighters");
        assertThat(fighters.evidenceText()).startsWith("Reports describe the caravan").endsWith("Despite that,");
    }

    @Test
    void flagsAtLeastFiveOfTheSevenCheckworthyClaims() {
        List<String> missed = new ArrayList<>();
        int found = 0;
        for (JsonNode c : expected.get("checkworthy_claims")) {
            int at = text.indexOf(c.asText());
            assertThat(at).as("expected claim is in the article: %s", c.asText()).isNotNegative();
            Span gold = new Span(at, at + c.asText().length());
            if (analysis.claims().stream().anyMatch(cl -> cl.checkworthy() && cl.span().overlaps(gold))) {
                found++;
            } else {
                missed.add(c.asText());
            }
        }
        assertThat(found).as("missed: %s", missed).isGreaterThanOrEqualTo(5);
    }

    @Test
    void rhetoricIsNotCheckworthy() {
        int at = text.indexOf("TURN AROUND!");
        Span rhetoric = new Span(at, at + "TURN AROUND!".length());
        List<Claim> covering = analysis.claims().stream().filter(c -> c.span().overlaps(rhetoric)).toList();
        assertThat(covering).isNotEmpty().noneMatch(Claim::checkworthy);
    }

    @Test
    void marksTheHedgesTheArticleUses() {
        assertThat(claimHolding("the Mexican government was unwilling").hedges()).anyMatch(h -> h.cueText().equals("claimed"));
        assertThat(claimHolding("the alleged harm").hedges()).anyMatch(h -> h.cueText().equals("alleged"));
        assertThat(claimHolding("the president’s words are an attempt").hedges())
                .anyMatch(h -> h.kind().equals("weasel") && h.cueText().equals("Some critics say"));
    }

    private static Dispute disputeOfStatementHolding(String words) {
        Statement target = ledger.statements().stream().filter(s -> s.contentText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement holds: " + words));
        return analysis.disputes().stream().filter(d -> d.targetId().equals(target.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no dispute of " + target.id() + " (" + words + ") in " + analysis.disputes()));
    }

    private static Claim claimHolding(String words) {
        return analysis.claims().stream().filter(c -> c.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim holds: " + words));
    }
}
