package dev.attest.ingest;

/** The input formats {@link ArticleReader} understands. */
public enum InputKind {
    /** Plain text: one article, optionally headed by a title line and a blank line. */
    TEXT,
    /** An HTML page (or fragment): one article, extracted from the main content. */
    HTML,
    /** JSON lines: one article object per line. */
    JSONL
}
