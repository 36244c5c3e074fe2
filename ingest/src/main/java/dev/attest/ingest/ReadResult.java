package dev.attest.ingest;

import dev.attest.core.model.Article;
import java.util.List;

/**
 * What one input yielded: the usable articles, plus one message per rejected record (only JSON lines inputs
 * have records that can fail on their own; text and HTML inputs either give one article or throw).
 *
 * @param articles the articles, in input order
 * @param errors   one line each, e.g. {@code news.jsonl:17: missing "text"}
 */
public record ReadResult(List<Article> articles, List<String> errors) {
    public ReadResult {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    static ReadResult of(Article article) {
        return new ReadResult(List.of(article), List.of());
    }
}
