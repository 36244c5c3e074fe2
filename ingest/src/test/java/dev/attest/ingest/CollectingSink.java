package dev.attest.ingest;

import dev.attest.core.model.Article;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a source yielded, for assertions. */
final class CollectingSink implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void problem(String line) {
        problems.add(line);
    }
}
