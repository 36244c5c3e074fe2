package dev.attest.eval;

import java.util.List;
import java.util.Objects;

/** The outcome of one evaluation: the aggregate report and the per-article detail behind it. */
public record EvaluationRun(QuoteReport report, List<ArticleResult> articles) {
    public EvaluationRun {
        Objects.requireNonNull(report, "report");
        articles = List.copyOf(articles);
    }
}
