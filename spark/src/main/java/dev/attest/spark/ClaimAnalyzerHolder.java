package dev.attest.spark;

import dev.attest.claims.ClaimAnalyzer;

/**
 * One claim analyzer per executor JVM. Building it loads the MiniLM ONNX session (about a second and ~100 MB of
 * native memory), so it must happen once per JVM, never per task or per article; the analyzer is thread-safe and
 * every task of the executor shares it. Like {@link PipelineHolder}, the JVM builds it on first use, in the
 * executor, and a job run with {@code --no-claims} never loads the model.
 */
public final class ClaimAnalyzerHolder {
    private ClaimAnalyzerHolder() {
    }

    public static ClaimAnalyzer analyzer() {
        return Lazy.ANALYZER;
    }

    private static final class Lazy {
        static final ClaimAnalyzer ANALYZER = ClaimAnalyzer.standard();
    }
}
