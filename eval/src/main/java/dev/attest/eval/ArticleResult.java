package dev.attest.eval;

import dev.attest.core.scoring.GreedyMatcher;
import dev.attest.core.scoring.MatchCriterion;
import dev.attest.core.scoring.Matching;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import dev.attest.core.model.StatementKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One article's gold, predictions and content matchings (one per criterion), with the counts derived
 * from them. Speaker, source and cue are judged on the pairs of the {@link #PAIRING} matching: a
 * speaker is only meaningful for a statement that was found at all.
 */
public record ArticleResult(GoldDocument document, List<Statement> predicted, Map<MatchCriterion, Matching> content) {
    /** The matching that decides which prediction answers which gold statement. */
    public static final MatchCriterion PAIRING = MatchCriterion.OVERLAP30;

    public ArticleResult {
        predicted = List.copyOf(predicted);
        content = Map.copyOf(content);
    }

    public static ArticleResult score(GoldDocument document, List<Statement> predicted) {
        String text = document.text();
        List<Span> gold = document.attributions().stream().map(GoldAttribution::content).toList();
        List<Span> spans = predicted.stream().map(Statement::content).toList();
        Map<MatchCriterion, Matching> matchings = new EnumMap<>(MatchCriterion.class);
        for (MatchCriterion criterion : MatchCriterion.values()) {
            matchings.put(criterion, GreedyMatcher.match(text, gold, spans, criterion));
        }
        return new ArticleResult(document, predicted, matchings);
    }

    public Matching pairing() {
        return content.get(PAIRING);
    }

    public PrfCounts quote(MatchCriterion criterion) {
        Matching m = content.get(criterion);
        return new PrfCounts(m.goldCount(), m.predictedCount(),
                Matching.count(m.matchedGold()), Matching.count(m.matchedPredicted()));
    }

    /** Counts restricted to direct (or indirect) gold and predictions, on the matching of all statements. */
    public PrfCounts subset(MatchCriterion criterion, boolean direct) {
        Matching m = content.get(criterion);
        boolean[] goldMatched = m.matchedGold();
        boolean[] predictedMatched = m.matchedPredicted();
        int gold = 0;
        int goldHits = 0;
        for (int g = 0; g < goldMatched.length; g++) {
            if (goldIsDirect(g) == direct) {
                gold++;
                goldHits += goldMatched[g] ? 1 : 0;
            }
        }
        int pred = 0;
        int predHits = 0;
        for (int p = 0; p < predictedMatched.length; p++) {
            if (predictedIsDirect(p) == direct) {
                pred++;
                predHits += predictedMatched[p] ? 1 : 0;
            }
        }
        return new PrfCounts(gold, pred, goldHits, predHits);
    }

    public boolean goldIsDirect(int gold) {
        return QuotationMarks.containsDoubleMark(document.attributions().get(gold).contentText(document.text()));
    }

    /** Predictions are split by their own kind: a MIXED statement contains a quote, as direct gold does. */
    public boolean predictedIsDirect(int predicted) {
        return this.predicted.get(predicted).kind() != StatementKind.INDIRECT;
    }

    /** Speaker mention spans: gold {@code source} against the predicted speaker's mention. */
    public PrfCounts source(MatchCriterion criterion) {
        return sideSpans(criterion, GoldAttribution::source, ArticleResult::mentionSpan);
    }

    public PrfCounts cue(MatchCriterion criterion) {
        return sideSpans(criterion, GoldAttribution::cue, Statement::cue);
    }

    /**
     * Precision over every prediction that has the span, recall over every gold statement that has it;
     * a hit needs the content pairing and the side spans to agree under {@code criterion}.
     */
    private PrfCounts sideSpans(MatchCriterion criterion, Function<GoldAttribution, Span> goldSide,
                                Function<Statement, Span> predictedSide) {
        int gold = (int) document.attributions().stream().filter(a -> goldSide.apply(a) != null).count();
        int pred = (int) predicted.stream().filter(s -> predictedSide.apply(s) != null).count();
        int hits = 0;
        for (var pair : pairing().pairs()) {
            Span g = goldSide.apply(document.attributions().get(pair.gold()));
            Span p = predictedSide.apply(predicted.get(pair.predicted()));
            if (g != null && p != null && g.overlap(p) > 0 && criterion.accepts(document.text(), g, p)) {
                hits++;
            }
        }
        return new PrfCounts(gold, pred, hits, hits);
    }

    public SpeakerTally speakers() {
        SpeakerTally tally = SpeakerTally.ZERO;
        for (var pair : pairing().pairs()) {
            String reference = document.attributions().get(pair.gold()).reference();
            if (reference != null) {
                String name = speakerName(predicted.get(pair.predicted()));
                tally = tally.plus(new SpeakerTally(1,
                        name != null && NameNormaliser.sameName(name, reference) ? 1 : 0,
                        name != null && NameNormaliser.sameSurname(name, reference) ? 1 : 0));
            }
        }
        return tally;
    }

    static Span mentionSpan(Statement s) {
        return s.speaker() == null || s.speaker().mention() == null ? null : s.speaker().mention().span();
    }

    static String speakerName(Statement s) {
        return s.speaker() == null ? null : s.speaker().name();
    }
}
