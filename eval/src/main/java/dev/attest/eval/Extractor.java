package dev.attest.eval;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.Statement;
import java.util.List;

/** What is being evaluated: anything that turns an article into statements. Tests pass fixed predictions. */
@FunctionalInterface
public interface Extractor {
    List<Statement> extract(Article article);

    /** The production pipeline, built once so that its start-up cost stays out of the throughput figure. */
    static Extractor standardPipeline() {
        Pipeline pipeline = Pipeline.standard();
        return article -> pipeline.analyze(article).statements();
    }
}
