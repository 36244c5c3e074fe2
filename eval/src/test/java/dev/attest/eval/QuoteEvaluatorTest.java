package dev.attest.eval;

import dev.attest.core.scoring.MatchCriterion;
import static dev.attest.eval.Fixtures.spanOf;
import static dev.attest.eval.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attest.core.model.Statement;
import dev.attest.core.model.StatementKind;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteEvaluatorTest {
    private static final String TEXT = "Dr. Ivo Brandt said the lab will move. \u201cWe need room,\u201d he said. "
            + "Staff fear delays, a union official said. \u201cNothing is decided,\u201d said Mara Voss.";

    /** Four gold statements: indirect, direct, indirect without a resolvable name, direct. */
    private static GoldDocument gold() {
        return new GoldDocument("lab", TEXT, List.of(
                gold("q1", "the lab will move", "Dr. Ivo Brandt", "said", "Ivo Brandt"),
                gold("q2", "\u201cWe need room,\u201d", "he", "said. Staff", "Ivo Brandt"),
                gold("q3", "Staff fear delays", "a union official", "official said", "union official"),
                gold("q4", "\u201cNothing is decided,\u201d", "Mara Voss", "said Mara", "Mara Voss")),
                List.of());
    }

    private static GoldAttribution gold(String label, String content, String source, String cue, String reference) {
        var cueSpan = spanOf(TEXT, cue);
        // Cues are given with a word of context to find the right occurrence; keep only "said".
        int at = TEXT.indexOf("said", cueSpan.start());
        return GoldAttribution.contiguous(label, spanOf(TEXT, content), spanOf(TEXT, source),
                new dev.attest.core.model.Span(at, at + 4), reference);
    }

    private static List<Statement> predictions() {
        return List.of(
                // exact on q1, correct speaker after dropping the title
                statement("s1", StatementKind.INDIRECT, TEXT, "the lab will move", "said", "Ivo Brandt", "Dr. Ivo Brandt"),
                // q2 without quotation marks: still exact; speaker only by surname
                statement("s2", StatementKind.DIRECT, TEXT, "We need room", null, "Brandt", "he"),
                // q4 over-long: overlap30/80 but not symmetric 80; wrong speaker
                statement("s3", StatementKind.DIRECT, TEXT, "\u201cNothing is decided,\u201d said Mara Voss", null, "Ivo Brandt", null),
                // a false positive with no gold
                statement("s4", StatementKind.INDIRECT, TEXT, "Dr. Ivo Brandt said"));
    }

    private EvaluationRun run() {
        GoldCorpus corpus = new GoldCorpus(Dataset.GGT, Path.of("fixture.jsonl"), List.of(gold()));
        return new QuoteEvaluator(article -> predictions()).evaluate(corpus);
    }

    @Test
    void scoresContentSpansAtEveryLevel() {
        QuoteReport r = run().report();
        assertThat(r.quote().get(MatchCriterion.EXACT)).isEqualTo(new PrfCounts(4, 4, 2, 2));
        assertThat(r.quote().get(MatchCriterion.OVERLAP30)).isEqualTo(new PrfCounts(4, 4, 3, 3));
        assertThat(r.quote().get(MatchCriterion.OVERLAP80)).isEqualTo(new PrfCounts(4, 4, 3, 3));
        assertThat(r.quote().get(MatchCriterion.OVERLAP80SYM)).isEqualTo(new PrfCounts(4, 4, 2, 2));
        assertThat(r.quote().get(MatchCriterion.OVERLAP30SYM)).isEqualTo(new PrfCounts(4, 4, 3, 3));
    }

    @Test
    void splitsDirectAndIndirect() {
        QuoteReport r = run().report();
        // gold direct: q2, q4; predicted direct: s2, s3 (both matched at overlap30)
        assertThat(r.direct().get(MatchCriterion.OVERLAP30)).isEqualTo(new PrfCounts(2, 2, 2, 2));
        // gold indirect: q1 (matched), q3 (missed); predicted indirect: s1 (matched), s4 (spurious)
        assertThat(r.indirect().get(MatchCriterion.OVERLAP30)).isEqualTo(new PrfCounts(2, 2, 1, 1));
        assertThat(r.direct().get(MatchCriterion.EXACT)).isEqualTo(new PrfCounts(2, 2, 1, 1));
    }

    @Test
    void speakerAccuracyIsStrictWithALenientSurnameVariant() {
        SpeakerTally s = run().report().speaker();
        assertThat(s).isEqualTo(new SpeakerTally(3, 1, 2));
        assertThat(s.accuracy()).isEqualTo(1 / 3.0);
        assertThat(s.lenientAccuracy()).isEqualTo(2 / 3.0);
    }

    @Test
    void sourceAndCueAreScoredOnMatchedStatements() {
        QuoteReport r = run().report();
        // gold: 4 sources; predicted mentions: s1 (exact), s2 ("he" = gold "he")
        assertThat(r.source().get(MatchCriterion.EXACT)).isEqualTo(new PrfCounts(4, 2, 2, 2));
        // gold: 4 cues; predicted cue only on s1
        assertThat(r.cue().get(MatchCriterion.EXACT)).isEqualTo(new PrfCounts(4, 1, 1, 1));
    }

    @Test
    void jsonHasTheDocumentedKeys() throws IOException {
        String rendered = new JsonReport().render(run().report());
        JsonNode json = new ObjectMapper().readTree(rendered);
        assertThat(json.path("dataset").asText()).isEqualTo("ggt");
        assertThat(json.path("documents").asInt()).isEqualTo(1);
        for (String group : List.of("quote", "direct", "indirect")) {
            for (MatchCriterion c : MatchCriterion.values()) {
                JsonNode block = json.path(group).path(c.key());
                assertThat(block.fieldNames()).toIterable()
                        .contains("p", "r", "f1", "gold", "predicted", "matched", "matched_predicted");
            }
        }
        assertThat(json.path("quote").path("exact").path("r").asDouble()).isEqualTo(0.5);
        assertThat(json.path("speaker_accuracy").asDouble()).isEqualTo(0.3333);
        assertThat(json.path("speaker_accuracy_lenient").asDouble()).isEqualTo(0.6667);
        assertThat(json.path("source").path("overlap30").path("f1").isNumber()).isTrue();
        assertThat(json.path("cue").path("exact").path("p").asDouble()).isEqualTo(1.0);
        assertThat(json.path("counts").path("gold").asInt()).isEqualTo(4);
        assertThat(json.path("counts").path("matched").asInt()).isEqualTo(3);
        assertThat(json.has("articles_per_second")).isTrue();
    }

    @Test
    void textReportShowsEveryRow() {
        String text = TextReport.render(run().report());
        assertThat(text).contains("quote     exact", "indirect  overlap80sym", "source    overlap30", "speaker accuracy lenient");
    }

    @Test
    void errorLogListsMissesSpuriousStatementsAndWrongSpeakers() throws IOException {
        StringWriter out = new StringWriter();
        ErrorLog.write(run(), out);
        String log = out.toString();
        assertThat(log).contains("=== article lab: 5 error(s)");
        assertThat(log).contains("[CONTENT BOUNDARY] gold q4, predicted s3", "end:   adds \",” said Mara Voss\"");
        assertThat(log).contains("[FALSE NEGATIVE] gold q3");
        assertThat(log).contains("[FALSE POSITIVE] predicted s4");
        assertThat(log).contains("[WRONG SPEAKER] gold q2, predicted s2 (same surname: lenient match)");
        assertThat(log).contains("[WRONG SPEAKER] gold q4, predicted s3");
        assertThat(log).contains("⟦Staff fear delays⟧");
    }

    @Test
    void errorLogListsCuesWhoseBoundariesDifferFromGold() throws IOException {
        String text = "The mayor said in a statement that the bridge will close.";
        GoldDocument doc = new GoldDocument("bridge", text, List.of(GoldAttribution.contiguous("E1",
                spanOf(text, "that the bridge will close"), spanOf(text, "The mayor"), spanOf(text, "said in a statement"), null)), List.of());
        GoldCorpus corpus = new GoldCorpus(Dataset.POLNEAR, Path.of("fixture"), List.of(doc));
        StringWriter out = new StringWriter();
        ErrorLog.write(new QuoteEvaluator(article -> List.of(statement("s1", StatementKind.INDIRECT, text,
                "that the bridge will close", "said", "The mayor", "The mayor"))).evaluate(corpus), out);
        assertThat(out.toString()).contains("[WRONG CUE] gold E1, predicted s1", "gold cue:  \"said in a statement\"")
                .doesNotContain("[WRONG SOURCE]", "[FALSE");
    }

    @Test
    void extractorSeesOnlyTheText() {
        GoldCorpus corpus = new GoldCorpus(Dataset.GGT, Path.of("fixture.jsonl"), List.of(gold()));
        new QuoteEvaluator(article -> {
            assertThat(article.id()).isEqualTo("lab");
            assertThat(article.text()).isEqualTo(TEXT);
            assertThat(article.title()).isNull();
            return List.of();
        }).evaluate(corpus);
    }
}
