package dev.attest.claims.matching;

import java.util.List;

/**
 * Word-overlap retrieval over the verified claims (BM25 in practice). An interface so this package stays free of
 * the search engine: the store module implements it with Lucene.
 */
@FunctionalInterface
public interface LexicalRetriever {
    /** The best {@code k} claims for the text, best first. */
    List<ScoredClaim> top(String text, int k);
}
