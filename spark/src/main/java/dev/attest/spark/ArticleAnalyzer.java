package dev.attest.spark;

import dev.attest.core.model.Article;
import dev.attest.core.model.Ledger;
import java.io.Serializable;

/** What the job runs on each article; shipped to executors, so it must be serializable and hold no pipeline itself. */
@FunctionalInterface
public interface ArticleAnalyzer extends Serializable {
    Ledger analyze(Article article);

    /** The standard pipeline, built once per executor JVM. */
    static ArticleAnalyzer standard() {
        return article -> PipelineHolder.pipeline().analyze(article);
    }
}
