package dev.attest.eval;

import dev.attest.core.scoring.MatchCriterion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The aggregate numbers of one evaluation run.
 *
 * @param excluded          gold records that could not be span-scored, by reason
 * @param extractionSeconds wall-clock time spent inside the extractor only (loading and scoring excluded)
 * @param speaker           speaker name agreement, or {@code null} when the gold has no resolved names
 */
public record QuoteReport(
        Dataset dataset,
        String path,
        int documents,
        int goldRecords,
        Map<String, Integer> excluded,
        int predicted,
        double extractionSeconds,
        Map<MatchCriterion, PrfCounts> quote,
        Map<MatchCriterion, PrfCounts> direct,
        Map<MatchCriterion, PrfCounts> indirect,
        Map<MatchCriterion, PrfCounts> source,
        Map<MatchCriterion, PrfCounts> cue,
        SpeakerTally speaker) {

    /** Speaker mentions and cues are short, so only exact and lenient overlap say anything useful. */
    public static final List<MatchCriterion> SIDE_CRITERIA = List.of(MatchCriterion.EXACT, MatchCriterion.OVERLAP30);

    public QuoteReport {
        Objects.requireNonNull(dataset, "dataset");
        excluded = Map.copyOf(excluded);
        quote = Map.copyOf(quote);
        direct = Map.copyOf(direct);
        indirect = Map.copyOf(indirect);
        source = Map.copyOf(source);
        cue = Map.copyOf(cue);
    }

    public static QuoteReport of(GoldCorpus corpus, List<ArticleResult> articles, double extractionSeconds) {
        boolean hasReferences = articles.stream()
                .flatMap(a -> a.document().attributions().stream())
                .anyMatch(g -> g.reference() != null);
        return new QuoteReport(
                corpus.dataset(),
                corpus.source().toString(),
                corpus.documents().size(),
                corpus.allRecords(),
                corpus.excludedByReason(),
                articles.stream().mapToInt(a -> a.predicted().size()).sum(),
                extractionSeconds,
                sum(articles, List.of(MatchCriterion.values()), c -> a -> a.quote(c)),
                sum(articles, List.of(MatchCriterion.values()), c -> a -> a.subset(c, true)),
                sum(articles, List.of(MatchCriterion.values()), c -> a -> a.subset(c, false)),
                sum(articles, SIDE_CRITERIA, c -> a -> a.source(c)),
                sum(articles, SIDE_CRITERIA, c -> a -> a.cue(c)),
                hasReferences || corpus.dataset() == Dataset.GGT
                        ? articles.stream().map(ArticleResult::speakers).reduce(SpeakerTally.ZERO, SpeakerTally::plus)
                        : null);
    }

    public int excludedTotal() {
        return excluded.values().stream().mapToInt(Integer::intValue).sum();
    }

    public double articlesPerSecond() {
        return extractionSeconds > 0 ? documents / extractionSeconds : 0;
    }

    private static Map<MatchCriterion, PrfCounts> sum(List<ArticleResult> articles, List<MatchCriterion> criteria,
                                                     Function<MatchCriterion, Function<ArticleResult, PrfCounts>> counts) {
        Map<MatchCriterion, PrfCounts> totals = new EnumMap<>(MatchCriterion.class);
        for (MatchCriterion c : criteria) {
            totals.put(c, articles.stream().map(counts.apply(c)).reduce(PrfCounts.ZERO, PrfCounts::plus));
        }
        return totals;
    }
}
