package dev.attest.tagger;

import dev.attest.core.model.Span;
import dev.attest.core.scoring.GreedyMatcher;
import dev.attest.core.scoring.MatchCriterion;
import dev.attest.core.scoring.Matching;
import java.util.ArrayList;
import java.util.List;

/**
 * How the cue scope head's attributions score against gold on held-out training articles, by the measure of
 * {@code attest eval quotes} on PolNeAR (the same matcher, criteria and trimming from core): content F1 at overlap
 * &gt; 0.3 of the gold span and exact, each by its own greedy one-to-one matching; source and cue exact on the pairs
 * of the overlap matching.
 */
record HeldOutScore(double overlap30, double exact, double source, double cue) {
    double mean() {
        return (overlap30 + exact + source + cue) / 4;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "overlap30 %.3f exact %.3f source %.3f cue %.3f", overlap30, exact, source, cue);
    }

    private record Predicted(Span content, Span cue, Span source) {
    }

    static HeldOutScore of(List<List<CueScope.CueScores>> scores, List<LabelledText> texts, List<Words> words, double[] shifts) {
        int gold = 0;
        int goldWithSource = 0;
        int predicted = 0;
        int predictedWithSource = 0;
        int paired = 0;
        int exact = 0;
        int source = 0;
        int cue = 0;
        for (int a = 0; a < texts.size(); a++) {
            String text = texts.get(a).text();
            Words w = words.get(a);
            List<Predicted> found = new ArrayList<>();
            for (var entry : CueScope.decodeAll(scores.get(a), shifts)) {
                CueScope.Decoded d = entry.getValue();
                found.add(new Predicted(cover(w, d.contentFirst(), d.contentLast()), cover(w, d.cueFirst(), d.cueLast()),
                        d.hasSource() ? cover(w, d.sourceFirst(), d.sourceLast()) : null));
            }
            List<LabelledText.Relation> relations = texts.get(a).relations();
            gold += relations.size();
            goldWithSource += (int) relations.stream().filter(r -> r.source() != null).count();
            predicted += found.size();
            predictedWithSource += (int) found.stream().filter(p -> p.source() != null).count();
            List<Span> goldContents = relations.stream().map(LabelledText.Relation::content).toList();
            List<Span> foundContents = found.stream().map(Predicted::content).toList();
            exact += GreedyMatcher.match(text, goldContents, foundContents, MatchCriterion.EXACT).pairs().size();
            for (Matching.Pair pair : GreedyMatcher.match(text, goldContents, foundContents, MatchCriterion.OVERLAP30).pairs()) {
                paired++;
                LabelledText.Relation g = relations.get(pair.gold());
                Predicted p = found.get(pair.predicted());
                source += agrees(text, g.source(), p.source()) ? 1 : 0;
                cue += agrees(text, g.cue(), p.cue()) ? 1 : 0;
            }
        }
        return new HeldOutScore(f1(paired, predicted, gold), f1(exact, predicted, gold), f1(source, predictedWithSource, goldWithSource),
                f1(cue, predicted, gold));
    }

    /** As the evaluator judges a source or cue: both present, overlapping, and equal after trimming. */
    private static boolean agrees(String text, Span gold, Span predicted) {
        return gold != null && predicted != null && gold.overlap(predicted) > 0 && MatchCriterion.EXACT.accepts(text, gold, predicted);
    }

    private static Span cover(Words words, int first, int last) {
        return new Span(words.spans().get(first).start(), words.spans().get(last).end());
    }

    private static double f1(int tp, int predicted, int gold) {
        return predicted + gold == 0 ? 0 : 2.0 * tp / (predicted + gold);
    }
}
