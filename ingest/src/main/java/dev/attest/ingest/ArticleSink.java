package dev.attest.ingest;

import dev.attest.core.model.Article;

/**
 * Receives what a streamed source yields, one article or one problem at a time, so a web archive of any size
 * is never held in memory.
 */
public interface ArticleSink {
    void article(Article article);

    /** One line naming the input and where in it the problem is (a record offset, an item number). */
    void problem(String line);
}
