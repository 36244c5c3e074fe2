package dev.attest.spark.input;

import dev.attest.core.model.Article;

/** What a source yields for one record: an article to analyse, or the reason the record could not be read. */
public sealed interface SourceRecord {
    SourceLocation location();

    /**
     * @param key a corpus-wide unique key for the article, derived from its location: article ids from the input
     *            repeat across files and crawls (the same URL fetched twice), locations do not
     */
    record ReadArticle(Article article, SourceLocation location, String key) implements SourceRecord {
    }

    record ReadFailure(SourceLocation location, FailureStage stage, String message) implements SourceRecord {
    }
}
