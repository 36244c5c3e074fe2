package dev.attest.eval;

import dev.attest.core.scoring.MatchCriterion;
import dev.attest.core.scoring.Matching;
import dev.attest.core.scoring.SpanTrimmer;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every false negative, false positive and wrong speaker (GGT) or wrong source or cue (PolNeAR) of a run,
 * one block per error, grouped by article, for reading rather than parsing. Errors are judged on the
 * {@link ArticleResult#PAIRING} matching, the lenient one, so a listed error is a real miss and not a
 * boundary disagreement.
 */
public final class ErrorLog {
    private ErrorLog() {
    }

    private record Entry(Span at, String block) {
    }

    public static void write(EvaluationRun run, Writer out) throws IOException {
        out.write("Attest error log: " + run.report().dataset().key() + " (" + run.report().path() + ")\n");
        out.write("Errors at content " + ArticleResult.PAIRING.key() + "; ⟦ ⟧ marks the span, ⏎ a line break.\n");
        for (ArticleResult article : run.articles()) {
            List<Entry> entries = entries(article);
            if (entries.isEmpty()) {
                continue;
            }
            out.write("\n=== article " + article.document().id() + ": " + entries.size() + " error(s), "
                    + article.document().attributions().size() + " gold, " + article.predicted().size() + " predicted\n");
            for (Entry entry : entries) {
                out.write('\n');
                out.write(entry.block());
            }
        }
    }

    private static List<Entry> entries(ArticleResult article) {
        String text = article.document().text();
        List<GoldAttribution> gold = article.document().attributions();
        Matching pairing = article.pairing();
        boolean[] goldMatched = pairing.matchedGold();
        boolean[] predictedMatched = pairing.matchedPredicted();
        List<Entry> entries = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!goldMatched[g]) {
                entries.add(missed(article, g, text));
            }
        }
        for (int p = 0; p < predictedMatched.length; p++) {
            if (!predictedMatched[p]) {
                entries.add(spurious(article, p, text));
            }
        }
        for (var pair : pairing.pairs()) {
            GoldAttribution g = gold.get(pair.gold());
            Statement s = article.predicted().get(pair.predicted());
            if (g.reference() != null) {
                String name = ArticleResult.speakerName(s);
                if (name == null || !NameNormaliser.sameName(name, g.reference())) {
                    entries.add(wrongSpeaker(g, s, name, text));
                }
            } else if (g.source() != null && !sourceAgrees(text, g.source(), ArticleResult.mentionSpan(s))) {
                entries.add(wrongSource(g, s, text));
            }
            if (!MatchCriterion.EXACT.accepts(text, g.content(), s.content())) {
                entries.add(boundary(g, s, text));
            }
            if (g.reference() == null && g.cue() != null && (s.cue() == null || !MatchCriterion.EXACT.accepts(text, g.cue(), s.cue()))) {
                entries.add(wrongCue(g, s, text));
            }
        }
        entries.sort(Comparator.comparing(Entry::at));
        return entries;
    }

    private static boolean sourceAgrees(String text, Span gold, Span predicted) {
        return predicted != null && gold.overlap(predicted) > 0 && ArticleResult.PAIRING.accepts(text, gold, predicted);
    }

    private static Entry missed(ArticleResult article, int g, String text) {
        GoldAttribution gold = article.document().attributions().get(g);
        StringBuilder b = new StringBuilder();
        b.append("[FALSE NEGATIVE] gold ").append(gold.label()).append(", ")
                .append(article.goldIsDirect(g) ? "direct" : "indirect")
                .append(gold.discontinuous() ? ", discontinuous" : "").append('\n');
        b.append("  content: ").append(Snippet.quoted(text, gold.content())).append('\n');
        b.append("  source:  ").append(Snippet.quoted(text, gold.source()))
                .append("   cue: ").append(Snippet.quoted(text, gold.cue()))
                .append(gold.reference() != null ? "   reference: " + gold.reference() : "").append('\n');
        for (int p = 0; p < article.predicted().size(); p++) {
            Statement s = article.predicted().get(p);
            int shared = s.content().overlap(gold.content());
            if (shared > 0) {
                int partner = article.pairing().goldFor(p);
                b.append("  overlapping prediction ").append(s.id()).append(": ").append(shared).append(" of ")
                        .append(gold.content().length()).append(" gold chars")
                        .append(partner < 0 ? "" : " (paired with gold " + article.document().attributions().get(partner).label() + ")")
                        .append(", ").append(Snippet.quoted(text, s.content())).append('\n');
            }
        }
        b.append("  context: ").append(Snippet.around(text, gold.content())).append('\n');
        return new Entry(gold.content(), b.toString());
    }

    private static Entry spurious(ArticleResult article, int p, String text) {
        Statement s = article.predicted().get(p);
        StringBuilder b = new StringBuilder();
        b.append("[FALSE POSITIVE] predicted ").append(s.id()).append(", ").append(s.kind().label())
                .append(", rule ").append(s.provenance().rule()).append('\n');
        b.append("  content: ").append(Snippet.quoted(text, s.content())).append('\n');
        b.append("  speaker: ").append(describeSpeaker(s, text))
                .append("   cue: ").append(Snippet.quoted(text, s.cue())).append('\n');
        List<GoldAttribution> gold = article.document().attributions();
        for (int g = 0; g < gold.size(); g++) {
            int shared = gold.get(g).content().overlap(s.content());
            if (shared > 0) {
                int partner = article.pairing().predictedFor(g);
                b.append("  overlapping gold ").append(gold.get(g).label()).append(": ").append(shared).append(" of ")
                        .append(gold.get(g).content().length()).append(" gold chars")
                        .append(partner < 0 ? "" : " (paired with " + article.predicted().get(partner).id() + ")")
                        .append(", ").append(Snippet.quoted(text, gold.get(g).content())).append('\n');
            }
        }
        b.append("  context: ").append(Snippet.around(text, s.content())).append('\n');
        return new Entry(s.content(), b.toString());
    }

    private static Entry wrongSpeaker(GoldAttribution g, Statement s, String name, String text) {
        StringBuilder b = new StringBuilder();
        b.append("[WRONG SPEAKER] gold ").append(g.label()).append(", predicted ").append(s.id())
                .append(name != null && NameNormaliser.sameSurname(name, g.reference()) ? " (same surname: lenient match)" : "")
                .append('\n');
        b.append("  gold:      ").append(g.reference()).append(" -> \"").append(NameNormaliser.normalise(g.reference()))
                .append("\", written ").append(Snippet.quoted(text, g.source())).append('\n');
        b.append("  predicted: ").append(name == null ? "(no speaker)" : name + " -> \"" + NameNormaliser.normalise(name) + "\"")
                .append(", mention ").append(describeSpeaker(s, text))
                .append(s.speaker() == null ? "" : ", by " + s.speaker().attribution().rule()).append('\n');
        b.append("  context: ").append(Snippet.around(text, g.content())).append('\n');
        return new Entry(g.content(), b.toString());
    }

    private static Entry wrongSource(GoldAttribution g, Statement s, String text) {
        StringBuilder b = new StringBuilder();
        b.append("[WRONG SOURCE] gold ").append(g.label()).append(", predicted ").append(s.id()).append('\n');
        b.append("  gold source: ").append(Snippet.quoted(text, g.source())).append('\n');
        b.append("  predicted:   ").append(describeSpeaker(s, text)).append('\n');
        b.append("  context: ").append(Snippet.around(text, g.source())).append('\n');
        return new Entry(g.content(), b.toString());
    }

    /** A paired content whose boundaries differ: what the prediction adds or lacks at each end. */
    private static Entry boundary(GoldAttribution g, Statement s, String text) {
        Span gold = SpanTrimmer.trim(text, g.content());
        Span predicted = SpanTrimmer.trim(text, s.content());
        StringBuilder b = new StringBuilder();
        b.append("[CONTENT BOUNDARY] gold ").append(g.label()).append(", predicted ").append(s.id()).append('\n');
        b.append("  start: ").append(startDifference(text, gold.start(), predicted.start())).append('\n');
        b.append("  end:   ").append(endDifference(text, gold.end(), predicted.end())).append('\n');
        b.append("  gold:  ").append(Snippet.quoted(text, g.content())).append('\n');
        return new Entry(g.content(), b.toString());
    }

    private static String startDifference(String text, int gold, int predicted) {
        if (gold == predicted) {
            return "same";
        }
        return predicted < gold ? "adds " + Snippet.quoted(text, new Span(predicted, gold))
                : "lacks " + Snippet.quoted(text, new Span(gold, predicted));
    }

    private static String endDifference(String text, int gold, int predicted) {
        if (gold == predicted) {
            return "same";
        }
        return predicted > gold ? "adds " + Snippet.quoted(text, new Span(gold, predicted))
                : "lacks " + Snippet.quoted(text, new Span(predicted, gold));
    }

    private static Entry wrongCue(GoldAttribution g, Statement s, String text) {
        StringBuilder b = new StringBuilder();
        b.append("[WRONG CUE] gold ").append(g.label()).append(", predicted ").append(s.id()).append('\n');
        b.append("  gold cue:  ").append(Snippet.quoted(text, g.cue())).append('\n');
        b.append("  predicted: ").append(Snippet.quoted(text, s.cue())).append('\n');
        b.append("  context: ").append(Snippet.around(text, g.cue())).append('\n');
        return new Entry(g.content(), b.toString());
    }

    private static String describeSpeaker(Statement s, String text) {
        if (s.speaker() == null) {
            return "(none)";
        }
        Span mention = ArticleResult.mentionSpan(s);
        return s.speaker().name() + (mention == null ? "" : " at " + Snippet.quoted(text, mention));
    }
}
