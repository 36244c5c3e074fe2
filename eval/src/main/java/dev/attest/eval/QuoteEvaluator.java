package dev.attest.eval;

import dev.attest.core.model.Article;
import dev.attest.core.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs an extractor over every gold article and scores its statements. The extractor sees only the
 * article id and text ({@link Article#ofText}), never any gold.
 */
public final class QuoteEvaluator {
    private final Extractor extractor;

    public QuoteEvaluator(Extractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    public static QuoteEvaluator withStandardPipeline() {
        return new QuoteEvaluator(Extractor.standardPipeline());
    }

    public EvaluationRun evaluate(GoldCorpus corpus) {
        List<ArticleResult> articles = new ArrayList<>();
        long extractionNanos = 0;
        for (GoldDocument document : corpus.documents()) {
            Article article = Article.ofText(document.id(), document.text());
            long start = System.nanoTime();
            List<Statement> statements = extractor.extract(article);
            extractionNanos += System.nanoTime() - start;
            checkInsideText(document, statements);
            articles.add(ArticleResult.score(document, statements));
        }
        return new EvaluationRun(QuoteReport.of(corpus, articles, extractionNanos / 1e9), articles);
    }

    /** A span past the end of the text is an extractor bug; scoring it would only hide that. */
    private static void checkInsideText(GoldDocument document, List<Statement> statements) {
        int length = document.text().length();
        for (Statement s : statements) {
            var spans = new ArrayList<>(List.of(s.content()));
            if (s.cue() != null) {
                spans.add(s.cue());
            }
            if (ArticleResult.mentionSpan(s) != null) {
                spans.add(ArticleResult.mentionSpan(s));
            }
            if (spans.stream().anyMatch(span -> span.end() > length)) {
                throw new IllegalStateException("extractor returned a span outside article " + document.id()
                        + " (length " + length + "): " + s);
            }
        }
    }
}
