package dev.attest.eval;

import dev.attest.core.scoring.MatchCriterion;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report: one JSON object. Every P/R/F1 block has the same shape
 * ({@code p, r, f1, gold, predicted, matched, matched_predicted}) so that scripts can treat
 * {@code quote}, {@code direct}, {@code indirect}, {@code source} and {@code cue} alike.
 */
public final class JsonReport {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String render(QuoteReport r) {
        try {
            return json.writeValueAsString(toTree(r));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode toTree(QuoteReport r) {
        ObjectNode root = json.createObjectNode();
        root.put("dataset", r.dataset().key());
        root.put("path", r.path());
        root.put("documents", r.documents());
        ObjectNode counts = root.putObject("counts");
        counts.put("gold", r.goldRecords() - r.excludedTotal());
        counts.put("predicted", r.predicted());
        counts.put("matched", r.quote().get(ArticleResult.PAIRING).matchedGold());
        counts.put("matched_at", ArticleResult.PAIRING.key());
        counts.put("gold_records", r.goldRecords());
        counts.put("excluded", r.excludedTotal());
        ObjectNode reasons = counts.putObject("excluded_reasons");
        r.excluded().forEach(reasons::put);
        root.put("articles_per_second", round(r.articlesPerSecond()));
        root.put("extraction_seconds", round(r.extractionSeconds()));
        blocks(root.putObject("quote"), r.quote(), List.of(MatchCriterion.values()));
        blocks(root.putObject("direct"), r.direct(), List.of(MatchCriterion.values()));
        blocks(root.putObject("indirect"), r.indirect(), List.of(MatchCriterion.values()));
        if (r.speaker() != null) {
            root.put("speaker_accuracy", round(r.speaker().accuracy()));
            root.put("speaker_accuracy_lenient", round(r.speaker().lenientAccuracy()));
            ObjectNode speaker = root.putObject("speaker");
            speaker.put("matched", r.speaker().matched());
            speaker.put("correct", r.speaker().correct());
            speaker.put("correct_lenient", r.speaker().correctLenient());
        }
        blocks(root.putObject("source"), r.source(), QuoteReport.SIDE_CRITERIA);
        blocks(root.putObject("cue"), r.cue(), QuoteReport.SIDE_CRITERIA);
        return root;
    }

    private static void blocks(ObjectNode parent, Map<MatchCriterion, PrfCounts> counts, List<MatchCriterion> criteria) {
        for (MatchCriterion c : criteria) {
            PrfCounts n = counts.get(c);
            ObjectNode block = parent.putObject(c.key());
            block.put("p", round(n.precision()));
            block.put("r", round(n.recall()));
            block.put("f1", round(n.f1()));
            block.put("gold", n.gold());
            block.put("predicted", n.predicted());
            block.put("matched", n.matchedGold());
            block.put("matched_predicted", n.matchedPredicted());
        }
    }

    /** Four decimals: enough to compare runs, short enough to diff. */
    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
