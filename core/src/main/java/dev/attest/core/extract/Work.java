package dev.attest.core.extract;

import dev.attest.core.model.Article;
import dev.attest.core.text.Layout;
import java.util.List;

/**
 * The working state of one article while it passes through the stages. Confined to the thread
 * analysing that article; each field is set once by the stage that provides its layer.
 */
final class Work {
    final Article article;
    Layout layout;
    List<Quote> quotes;
    boolean[] tokenInQuote;
    List<Cue> cues;
    List<Draft> drafts;
    EntityResolver.Result entities;

    Work(Article article) {
        this.article = article;
    }
}
