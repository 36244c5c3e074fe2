package dev.attest.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attest.core.SharedData;
import dev.attest.core.model.Article;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example the project started from: every hand-annotated statement must be found and attributed. */
class CaravanAcceptanceTest {
    private static Ledger ledger;
    private static JsonNode expected;
    private static String text;

    @BeforeAll
    static void analyse() throws Exception {
        Path dir = SharedData.require("examples/caravan");
        text = Files.readString(dir.resolve("article.txt"));
        expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        String title = expected.get("title").asText();
        ledger = Pipeline.standard().analyze(new Article("caravan", title, text, "caravan", null, null));
    }

    @Test
    void findsEveryExpectedStatementWithItsSpeaker() {
        List<String> problems = new ArrayList<>();
        for (JsonNode e : expected.get("statements")) {
            Span gold = new Span(e.get("content_span").get(0).asInt(), e.get("content_span").get(1).asInt());
            Optional<Statement> match = bestOverlap(gold);
            String id = e.get("id").asText();
            if (match.isEmpty()) {
                problems.add(id + ": not found: " + e.get("content").asText());
                continue;
            }
            Statement s = match.get();
            String speaker = e.get("speaker").asText();
            if (speaker.endsWith("(unnamed)")) {
                if (s.speaker() == null || s.speaker().named()) {
                    problems.add(id + ": expected an unnamed speaker, got " + s.speaker());
                }
            } else if (s.speaker() == null || !s.speaker().name().equals(speaker)) {
                problems.add(id + ": expected " + speaker + ", got " + (s.speaker() == null ? null : s.speaker().name()));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void attributesTheHeadlineQuoteToThePresident() {
        JsonNode h = expected.get("headline_quote");
        Span gold = new Span(h.get("content_span").get(0).asInt(), h.get("content_span").get(1).asInt());
        Statement s = bestOverlap(gold).orElseThrow();
        assertThat(s.speaker().name()).isEqualTo(h.get("speaker").asText());
    }

    @Test
    void photoCreditIsNeitherSpeakerNorStatement() {
        for (Statement s : ledger.statements()) {
            for (JsonNode bad : expected.get("not_speakers")) {
                assertThat(s.speaker() == null ? "" : s.speaker().name()).doesNotContain(bad.asText());
                assertThat(s.contentText()).doesNotContain(bad.asText());
            }
        }
    }

    @Test
    void findsAtMostThreeStatementsBeyondTheExpectedOnes() {
        int expectedCount = expected.get("statements").size() + 1; // + the headline quote
        assertThat(ledger.statements().size()).isLessThanOrEqualTo(expectedCount + 3);
    }

    @Test
    void tweetsCarryTheTwitterChannel() {
        Statement tweeted = bestOverlap(new Span(299, 375)).orElseThrow();
        assertThat(tweeted.channel().label()).isEqualTo("twitter");
    }

    private Optional<Statement> bestOverlap(Span gold) {
        Statement best = null;
        int bestShared = 0;
        for (Statement s : ledger.statements()) {
            int shared = s.content().overlap(gold);
            int shorter = Math.min(s.content().length(), gold.length());
            if (shared * 2 >= shorter && shared > bestShared) {
                best = s;
                bestShared = shared;
            }
        }
        return Optional.ofNullable(best);
    }
}
