package dev.attest.spark.input;

import dev.attest.ingest.InputException;

/** Tells an undecodable input (wrong encoding, binary) from one that decodes but holds no article. */
final class DecodeProblems {
    private DecodeProblems() {
    }

    static FailureStage stageOf(InputException e) {
        String problem = e.problem();
        return problem.startsWith("not valid") || problem.startsWith("binary file") ? FailureStage.DECODE : FailureStage.READ;
    }
}
