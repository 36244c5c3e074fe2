package dev.attest.spark.input;

import java.util.Locale;

/**
 * How a file is split and read. Decided by file name, unlike the CLI's content detection: the planner must know
 * whether a file can be split by lines before any executor opens it, and a listing has names, not contents.
 */
public enum SourceKind {
    /** WARC or WARC.gz: streamed record by record, HTML responses become articles. Never split. */
    WARC,
    /** JSON lines: one article per line; large uncompressed files are split into byte ranges. */
    JSON_LINES,
    /** Gzipped JSON lines: streamed, not splittable. */
    JSON_LINES_GZIP,
    /** Any other file: one text or HTML article (or JSON lines), detected from its content by the ingest reader. */
    DOCUMENT;

    public static SourceKind ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return WARC;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        if (lower.endsWith(".jsonl.gz") || lower.endsWith(".ndjson.gz")) {
            return JSON_LINES_GZIP;
        }
        return DOCUMENT;
    }

    public boolean splittable() {
        return this == JSON_LINES;
    }
}
