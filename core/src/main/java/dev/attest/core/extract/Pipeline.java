package dev.attest.core.extract;

import dev.attest.core.model.Article;
import dev.attest.core.model.Ledger;
import java.util.List;

/** The statement extraction pipeline: thread-safe, built once and reused for every article. */
public final class Pipeline {
    public static Pipeline standard() {
        return new Pipeline();
    }

    public Ledger analyze(Article article) {
        return new Ledger(article, List.of(), List.of());
    }
}
