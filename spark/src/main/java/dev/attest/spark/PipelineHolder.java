package dev.attest.spark;

import dev.attest.core.extract.Pipeline;

/**
 * One extraction pipeline per executor JVM. The pipeline is thread-safe and loads its sentence model once, so
 * every task of an executor shares it; the holder idiom makes the JVM build it on first use, in the executor,
 * instead of shipping it from the driver. This is the job's only static state, and it is immutable.
 */
public final class PipelineHolder {
    private PipelineHolder() {
    }

    public static Pipeline pipeline() {
        return Lazy.PIPELINE;
    }

    private static final class Lazy {
        static final Pipeline PIPELINE = Pipeline.standard();
    }
}
