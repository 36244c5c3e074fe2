package dev.attest.ingest;

/** What a source holds, decided from its first bytes by {@link SourceSniffer}. */
public enum SourceFormat {
    /** RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom: one article per item. */
    FEED,
    /** A WARC or WARC.gz web archive: one article per HTML response record. */
    WARC,
    /** Text, HTML or JSON lines, read by {@link ArticleReader}. */
    ARTICLES
}
