package dev.attest.spark.input;

import java.util.Locale;

/** Where a record failed, so an operator can tell broken input files from broken extraction. */
public enum FailureStage {
    /** The file or record is unreadable as an article (bad JSON line, no article text, I/O error). */
    READ,
    /** The WARC framing is corrupt; reading resumed at the next intact record. */
    WARC,
    /** The body's bytes are not text in the declared or expected encoding. */
    DECODE,
    /** The extraction pipeline threw on the article. */
    ANALYZE,
    /** The claim analyzer threw on the article; its article, statements and speakers rows are kept. */
    CLAIMS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
