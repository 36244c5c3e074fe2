package dev.attest.tagger;

import dev.attest.core.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the cue scope head's attributions score against gold on held-out training articles, the way
 * {@code attest eval quotes} scores PolNeAR (restated here because the tagger does not depend on the evaluator):
 * content F1 at overlap &gt; 0.3 of the gold span (greedy one-to-one pairing) and exact after trimming quotation
 * marks, spaces and a trailing comma or period; source and cue exact on the paired attributions.
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
            Set<Span> goldExact = new HashSet<>();
            relations.forEach(r -> goldExact.add(trim(text, r.content())));
            Set<Span> foundExact = new HashSet<>();
            found.forEach(p -> foundExact.add(trim(text, p.content())));
            foundExact.retainAll(goldExact);
            exact += foundExact.size();
            List<int[]> candidates = new ArrayList<>();
            for (int g = 0; g < relations.size(); g++) {
                for (int p = 0; p < found.size(); p++) {
                    int shared = relations.get(g).content().overlap(found.get(p).content());
                    if (shared > 0.3 * relations.get(g).content().length()) {
                        candidates.add(new int[] {g, p, shared});
                    }
                }
            }
            candidates.sort(Comparator.comparingInt((int[] c) -> -c[2]).thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
            boolean[] goldUsed = new boolean[relations.size()];
            boolean[] foundUsed = new boolean[found.size()];
            for (int[] c : candidates) {
                if (goldUsed[c[0]] || foundUsed[c[1]]) {
                    continue;
                }
                goldUsed[c[0]] = true;
                foundUsed[c[1]] = true;
                paired++;
                LabelledText.Relation g = relations.get(c[0]);
                Predicted p = found.get(c[1]);
                if (g.source() != null && p.source() != null && trim(text, g.source()).equals(trim(text, p.source()))) {
                    source++;
                }
                if (trim(text, g.cue()).equals(trim(text, p.cue()))) {
                    cue++;
                }
            }
        }
        return new HeldOutScore(f1(paired, predicted, gold), f1(exact, predicted, gold), f1(source, predictedWithSource, goldWithSource),
                f1(cue, predicted, gold));
    }

    private static Span cover(Words words, int first, int last) {
        return new Span(words.spans().get(first).start(), words.spans().get(last).end());
    }

    private static double f1(int tp, int predicted, int gold) {
        return predicted + gold == 0 ? 0 : 2.0 * tp / (predicted + gold);
    }

    private static final String QUOTES = "\"“”‘’'«»";

    static Span trim(String text, Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && (Character.isWhitespace(text.charAt(start)) || QUOTES.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (start < end && (Character.isWhitespace(text.charAt(end - 1)) || QUOTES.indexOf(text.charAt(end - 1)) >= 0
                || text.charAt(end - 1) == ',' || text.charAt(end - 1) == '.')) {
            end--;
        }
        return start < end ? new Span(start, end) : span;
    }
}
