package dev.attest.ingest;

/**
 * Resource limits for {@link ArticleReader}.
 *
 * @param maxBytes largest accepted input in bytes; bounded by the largest Java array because inputs are
 *                 decoded in memory
 */
public record ReaderLimits(long maxBytes) {
    /** 10 MB: far above any real news article, small enough that a stray log dump or video file fails fast. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 16;

    public ReaderLimits {
        if (maxBytes <= 0 || maxBytes > LARGEST_ARRAY) {
            throw new IllegalArgumentException("maxBytes must be in 1.." + LARGEST_ARRAY + ", was " + maxBytes);
        }
    }

    public static ReaderLimits defaults() {
        return new ReaderLimits(DEFAULT_MAX_BYTES);
    }
}
