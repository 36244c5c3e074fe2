package dev.attest.eval;

import dev.attest.core.scoring.MatchCriterion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Loads the real gold sets (which live outside the repository) and checks the counts their READMEs
 * give. Skipped when the data is absent, unless -Dattest.requireSharedData=true, where absence fails.
 */
class SharedDataIntegrationTest {
    private Path quotes;

    /** Per test rather than per class, so that surefire lists each skipped test with the reason. */
    @BeforeEach
    void locateData() {
        quotes = Path.of(System.getProperty("attest.shared.dir", "../../shared")).resolve("data/quotes");
        if (!Files.isDirectory(quotes)) {
            String where = quotes.toAbsolutePath().normalize().toString();
            if (Boolean.parseBoolean(System.getProperty("attest.requireSharedData", "false"))) {
                fail("attest.requireSharedData=true but the shared quote data is missing: " + where);
            }
            Assumptions.abort("shared quote data not found at " + where
                    + " (set -Dattest.shared.dir=...; -Dattest.requireSharedData=true makes this a failure)");
        }
    }

    @Test
    void ggtDevHas49ArticlesAnd829QuoteRecords() {
        GoldCorpus corpus = Dataset.GGT.load(quotes.resolve("ggt/ggt_gold.dev.jsonl"));
        assertThat(corpus.documents()).hasSize(49);
        assertThat(corpus.allRecords()).isEqualTo(829);
    }

    @Test
    void polnearDevHas84ArticlesAndTheReadmeCounts() {
        GoldCorpus corpus = Dataset.POLNEAR.load(quotes.resolve("polnear/dev"));
        assertThat(corpus.documents()).hasSize(84);
        // README_OURS: 2,193 attributions, 624 with a quotation mark in the content, 127 without a source.
        assertThat(corpus.allRecords()).isEqualTo(2193);
        assertThat(corpus.excludedByReason()).containsExactlyEntriesOf(java.util.Map.of(PolnearLoader.NO_CONTENT, 1));
        var gold = corpus.documents().stream()
                .flatMap(d -> d.attributions().stream().map(a -> new Object() {
                    final boolean direct = QuotationMarks.containsDoubleMark(a.contentText(d.text()));
                    final boolean sourced = a.source() != null;
                }))
                .toList();
        assertThat(gold.stream().filter(g -> g.direct).count()).isEqualTo(624);
        assertThat(gold.stream().filter(g -> !g.sourced).count()).isEqualTo(127 - 1);
    }

    @Test
    void polnearTrainWithItsIrregularLinesLoadsStrictly() {
        GoldCorpus corpus = Dataset.POLNEAR.load(quotes.resolve("polnear/train"));
        assertThat(corpus.documents()).hasSize(840);
        assertThat(corpus.allRecords()).isEqualTo(19868);
    }

    @Test
    void standardPipelineRunsOverBothDevSets() {
        QuoteEvaluator evaluator = QuoteEvaluator.withStandardPipeline();
        QuoteReport ggt = evaluator.evaluate(Dataset.GGT.load(quotes.resolve("ggt/ggt_gold.dev.jsonl"))).report();
        QuoteReport polnear = evaluator.evaluate(Dataset.POLNEAR.load(quotes.resolve("polnear/dev"))).report();
        assertThat(ggt.quote().get(MatchCriterion.EXACT).gold()).isEqualTo(829);
        assertThat(polnear.quote().get(MatchCriterion.EXACT).gold()).isEqualTo(2192);
        assertThat(ggt.speaker()).isNotNull();
        assertThat(polnear.speaker()).isNull();
    }
}
